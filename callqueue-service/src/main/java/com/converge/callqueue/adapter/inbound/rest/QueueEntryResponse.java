package com.converge.callqueue.adapter.inbound.rest;

import com.converge.callqueue.application.port.inbound.QueueEntryView;
import com.converge.callqueue.domain.Callback;
import com.converge.callqueue.domain.QueueEntry;
import java.time.Instant;

public record QueueEntryResponse(
        String id,
        long customerId,
        String queue,
        int score,
        long position,
        int attempts,
        String lastOutcome,
        String source,
        Context context,
        CallbackResponse callback,
        ClaimResponse claim,
        boolean active,
        Instant enqueuedAt,
        Instant updatedAt) {

    public record Context(String complaintId, String orderId) {
    }

    public record CallbackResponse(Instant dueAt, String reason, String ownerAgent) {
    }

    public record ClaimResponse(String agentId, Instant expiresAt) {
    }

    static QueueEntryResponse of(QueueEntryView view) {
        QueueEntry entry = view.entry();
        Callback callback = entry.callback();
        QueueEntry.Claim claim = entry.claim();
        return new QueueEntryResponse(
                entry.id().toString(),
                entry.customerId().value(),
                entry.queue().wireName(),
                entry.score().value(),
                view.position(),
                entry.attempts(),
                entry.lastOutcome() == null ? null : entry.lastOutcome().wireName(),
                entry.context().source().wireName(),
                new Context(entry.context().complaintId(), entry.context().orderId()),
                callback == null ? null : new CallbackResponse(callback.dueAt(), callback.reason(), callback.ownerAgent()),
                claim == null ? null : new ClaimResponse(claim.agentId(), claim.expiresAt()),
                entry.active(),
                entry.enqueuedAt(),
                entry.updatedAt());
    }
}
