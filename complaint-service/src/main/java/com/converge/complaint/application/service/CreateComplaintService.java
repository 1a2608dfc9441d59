package com.converge.complaint.application.service;

import com.converge.complaint.application.port.inbound.CreateComplaintCommand;
import com.converge.complaint.application.port.inbound.CreateComplaintUseCase;
import com.converge.complaint.application.port.outbound.ComplaintEvents;
import com.converge.complaint.application.port.outbound.ComplaintRepository;
import com.converge.complaint.application.port.outbound.CustomerSegments;
import com.converge.complaint.application.port.outbound.Purchases;
import com.converge.complaint.application.port.outbound.SlaPolicies;
import com.converge.complaint.domain.Complaint;
import com.converge.complaint.domain.ComplaintDetails;
import com.converge.complaint.domain.ComplaintReference;
import com.converge.complaint.domain.CustomerSegment;
import com.converge.complaint.domain.Purchase;
import com.converge.complaint.domain.SegmentMembership;
import com.converge.complaint.domain.SlaPolicy;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.BusinessRuleViolation;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.TimeSource;
import java.util.Locale;
import io.smallrye.mutiny.Uni;

public class CreateComplaintService implements CreateComplaintUseCase {

    private final UnitOfWork unitOfWork;
    private final ComplaintRepository complaints;
    private final ComplaintEvents events;
    private final SlaPolicies policies;
    private final Purchases purchases;
    private final CustomerSegments segments;
    private final TimeSource clock;

    public CreateComplaintService(UnitOfWork unitOfWork, ComplaintRepository complaints, ComplaintEvents events,
                                  SlaPolicies policies, Purchases purchases, CustomerSegments segments, TimeSource clock) {
        this.unitOfWork = unitOfWork;
        this.complaints = complaints;
        this.events = events;
        this.policies = policies;
        this.purchases = purchases;
        this.segments = segments;
        this.clock = clock;
    }

    @Override
    public Uni<ComplaintDetails> create(CreateComplaintCommand command) {
        return unitOfWork.transactionally(() -> checkReference(command)
                .chain(() -> segments.find(command.customerId()))
                .chain(membership -> policies.all().chain(all -> {
                    String segment = membership.map(SegmentMembership::segment).orElse(CustomerSegment.STANDARD).wireName();
                    SlaPolicy policy = SlaPolicy.firstMatching(all, command.type(), command.priority(), segment);
                    Complaint complaint = Complaint.raise(command.customerId(), command.type(), command.priority(),
                            command.subject(), command.description(), command.reference(), policy, segment,
                            command.raisedBy(), clock.now());
                    return complaints.add(complaint, complaint.pullChanges())
                            .chain(() -> events.created(complaint))
                            .map(ignored -> ComplaintDetails.of(complaint, complaint.createdAt(), 0, null));
                })));
    }

    /** A referenced booking or order must be one this service has heard of, and the customer's own. */
    private Uni<Void> checkReference(CreateComplaintCommand command) {
        ComplaintReference reference = command.reference();
        if (reference.booking().isPresent()) {
            return requireOwn(Purchase.Kind.BOOKING, reference.bookingId().toString(), "bookingId", command.customerId());
        }
        if (reference.order().isPresent()) {
            return requireOwn(Purchase.Kind.ORDER, reference.orderId().toString(), "orderId", command.customerId());
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> requireOwn(Purchase.Kind kind, String id, String field, CustomerId customer) {
        return purchases.find(kind, id).invoke(found -> {
            if (found.filter(purchase -> purchase.belongsTo(customer)).isEmpty()) {
                throw new BusinessRuleViolation(field, "customer " + customer + " has no " + kind.name().toLowerCase(Locale.ROOT) + " " + id);
            }
        }).replaceWithVoid();
    }
}
