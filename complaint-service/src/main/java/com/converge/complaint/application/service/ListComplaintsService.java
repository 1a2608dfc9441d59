package com.converge.complaint.application.service;

import com.converge.complaint.application.port.inbound.ListComplaintsQuery;
import com.converge.complaint.application.port.inbound.ListComplaintsUseCase;
import com.converge.complaint.application.port.outbound.ComplaintFilter;
import com.converge.complaint.application.port.outbound.ComplaintRepository;
import com.converge.complaint.domain.Complaint;
import com.converge.complaint.domain.ComplaintDetails;
import com.converge.complaint.domain.ComplaintStatus;
import com.converge.kernel.application.Page;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;

public class ListComplaintsService implements ListComplaintsUseCase {

    private final ComplaintStore store;
    private final ComplaintRepository complaints;

    public ListComplaintsService(ComplaintStore store, ComplaintRepository complaints) {
        this.store = store;
        this.complaints = complaints;
    }

    @Override
    public Uni<Page<ComplaintDetails>> list(ListComplaintsQuery query) {
        KeysetPage.TimeAndId after = KeysetPage.TimeAndId.after(query.cursor());
        Instant now = store.now();
        ComplaintFilter filter = new ComplaintFilter(query.statuses().isEmpty() ? ComplaintStatus.unresolved() : query.statuses(),
                query.priority(), query.type(), query.assignee(), query.breached(),
                query.caller().isCustomerOnly() ? query.caller().customerId() : null,
                query.newestFirst(), after.at(), after.id(), now);
        return store.unitOfWork().reading(() -> complaints.list(filter, query.limit() + 1).chain(found -> {
            Page<Complaint> page = KeysetPage.of(found, query.limit(),
                    last -> List.of(last.createdAt().toString(), last.id().toString()));
            return store.details(page.items(), query.caller(), now).map(items -> new Page<>(items, page.nextCursor()));
        }));
    }
}
