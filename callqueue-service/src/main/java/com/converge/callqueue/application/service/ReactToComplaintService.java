package com.converge.callqueue.application.service;

import com.converge.callqueue.application.port.inbound.ComplaintRaisedCommand;
import com.converge.callqueue.application.port.inbound.ReactToComplaintUseCase;
import com.converge.callqueue.application.port.outbound.QueueEntries;
import com.converge.callqueue.domain.Callback;
import com.converge.callqueue.domain.ComplaintCallbackPolicy;
import com.converge.callqueue.domain.EntryContext;
import com.converge.callqueue.domain.QueueEntry;
import com.converge.callqueue.domain.QueueName;
import com.converge.kernel.domain.TimeSource;
import com.converge.kernel.domain.UuidV7;
import io.smallrye.mutiny.Uni;

/** Runs inside the inbox's transaction, so the entry and the handled event id commit together. */
public class ReactToComplaintService implements ReactToComplaintUseCase {

    private final QueueEntries entries;
    private final TimeSource clock;

    public ReactToComplaintService(QueueEntries entries, TimeSource clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Override
    public Uni<Void> complaintRaised(ComplaintRaisedCommand command) {
        if (!ComplaintCallbackPolicy.needsCallback(command.priority())) {
            return Uni.createFrom().voidItem();
        }
        var now = clock.now();
        var context = EntryContext.complaint(command.complaintId());
        var callback = Callback.byAnyone(now, command.priority() + " complaint " + command.complaintId());
        return entries.lockActive(command.customerId(), QueueName.OUTSTANDING_REQUESTS)
                .chain(existing -> existing
                        .map(entry -> entries.update(entry.anotherReason(context, callback, now)))
                        .orElseGet(() -> entries.add(QueueEntry.enqueue(UuidV7.next(), command.customerId(),
                                QueueName.OUTSTANDING_REQUESTS, context, callback, now))));
    }
}
