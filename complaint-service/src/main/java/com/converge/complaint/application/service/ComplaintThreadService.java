package com.converge.complaint.application.service;

import com.converge.complaint.application.port.inbound.AddComplaintUpdateCommand;
import com.converge.complaint.application.port.inbound.AddComplaintUpdateUseCase;
import com.converge.complaint.application.port.inbound.ReadComplaintHistoryUseCase;
import com.converge.complaint.application.port.outbound.ComplaintThread;
import com.converge.complaint.domain.AuditEntry;
import com.converge.complaint.domain.ComplaintUpdate;
import com.converge.complaint.domain.SlaLogEntry;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.ComplaintId;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

public class ComplaintThreadService implements AddComplaintUpdateUseCase, ReadComplaintHistoryUseCase {

    private final ComplaintStore store;
    private final ComplaintThread thread;

    public ComplaintThreadService(ComplaintStore store, ComplaintThread thread) {
        this.store = store;
        this.thread = thread;
    }

    @Override
    public Uni<ComplaintUpdate> addUpdate(AddComplaintUpdateCommand command) {
        Caller caller = command.caller();
        AtomicReference<ComplaintUpdate> added = new AtomicReference<>();
        return store.change(command.complaintId(), caller, (complaint, now) -> {
            ComplaintUpdate update = new ComplaintUpdate(UUID.randomUUID(), caller.subject(),
                    caller.isCustomerOnly() ? ComplaintUpdate.AuthorRole.CUSTOMER : ComplaintUpdate.AuthorRole.SUPPORT,
                    command.internal() ? ComplaintUpdate.Visibility.INTERNAL : ComplaintUpdate.Visibility.PUBLIC,
                    command.body(), command.attachments(), now);
            complaint.addUpdate(update);
            added.set(update);
        }).map(ignored -> added.get());
    }

    @Override
    public Uni<List<ComplaintUpdate>> updates(ComplaintId id, Caller caller) {
        return store.unitOfWork().reading(() -> store.visible(id, caller)
                .chain(complaint -> thread.updates(id, !caller.isCustomerOnly())));
    }

    @Override
    public Uni<List<AuditEntry>> auditTrail(ComplaintId id, Caller caller) {
        return store.unitOfWork().reading(() -> store.visible(id, caller).chain(complaint -> thread.auditTrail(id)));
    }

    @Override
    public Uni<List<SlaLogEntry>> slaLog(ComplaintId id, Caller caller) {
        return store.unitOfWork().reading(() -> store.visible(id, caller).chain(complaint -> thread.slaLog(id)));
    }
}
