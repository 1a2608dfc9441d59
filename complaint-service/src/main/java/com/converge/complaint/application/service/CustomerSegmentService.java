package com.converge.complaint.application.service;

import com.converge.complaint.application.port.inbound.ListSegmentMembersQuery;
import com.converge.complaint.application.port.inbound.ManageCustomerSegmentsUseCase;
import com.converge.complaint.application.port.inbound.PlaceCustomerInSegmentCommand;
import com.converge.complaint.application.port.outbound.CustomerSegments;
import com.converge.complaint.domain.SegmentMembership;
import com.converge.kernel.application.Page;
import com.converge.kernel.application.PageCursor;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.TimeSource;
import io.smallrye.mutiny.Uni;
import java.util.List;

public class CustomerSegmentService implements ManageCustomerSegmentsUseCase {

    private final UnitOfWork unitOfWork;
    private final CustomerSegments segments;
    private final TimeSource clock;

    public CustomerSegmentService(UnitOfWork unitOfWork, CustomerSegments segments, TimeSource clock) {
        this.unitOfWork = unitOfWork;
        this.segments = segments;
        this.clock = clock;
    }

    @Override
    public Uni<SegmentMembership> place(PlaceCustomerInSegmentCommand command) {
        SegmentMembership membership = new SegmentMembership(command.customer(), command.segment(), command.placedBy(), clock.now());
        return unitOfWork.transactionally(() -> segments.save(membership)).replaceWith(membership);
    }

    @Override
    public Uni<SegmentMembership> segmentOf(CustomerId customer) {
        return unitOfWork.reading(() -> segments.find(customer))
                .map(found -> found.orElseGet(() -> SegmentMembership.standard(customer)));
    }

    @Override
    public Uni<Page<SegmentMembership>> list(ListSegmentMembersQuery query) {
        Long after = null;
        if (query.cursor() != null) {
            try {
                after = Long.parseLong(PageCursor.decode(query.cursor(), 1).get(0));
            } catch (NumberFormatException e) {
                throw new InvalidValueException("cursor", "is not a cursor this list gave out");
            }
        }
        Long afterCustomer = after;
        return unitOfWork.reading(() -> segments.list(query.segment(), afterCustomer, query.limit() + 1))
                .map(found -> KeysetPage.of(found, query.limit(), m -> List.of(m.customer().toString())));
    }
}
