package com.converge.callqueue.adapter.inbound.rest;

import com.converge.callqueue.application.port.inbound.QueueEntryView;
import com.converge.callqueue.domain.Callback;
import com.converge.callqueue.domain.QueueEntry;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record QueueEntryResponse(
        @Schema(example = "01937f2a-5c40-7b21-9d4e-3f8a61c2b7e5") String id,
        @Schema(example = "100245") long customerId,
        @Schema(description = "A CallQueue value", example = "outstanding_requests") String queue,
        @Schema(description = "0..200; lower is served first", example = "35") int score,
        @Schema(description = "Arrival order in the queue", example = "18452") long position,
        @Schema(description = "Calls made on this entry", example = "2") int attempts,
        @Schema(description = "A CallOutcome value; absent before the first call", example = "no_answer")
        String lastOutcome,
        @Schema(description = "An EntrySource value", example = "order_verification") String source,
        Context context,
        CallbackResponse callback,
        ClaimResponse claim,
        boolean active,
        @Schema(example = "2026-11-19T11:02:45.120337Z") Instant enqueuedAt,
        @Schema(example = "2026-11-20T05:30:12.483921Z") Instant updatedAt) {

    /** The complaint or order the call is about, if any. */
    public record Context(@Schema(example = "01937e88-0d1f-7c3a-8e52-94b7d0a1f3c6") String complaintId,
                          @Schema(example = "01937f10-6a2b-7e94-b1c7-2d58e3f90a41") String orderId) {
    }

    public record CallbackResponse(@Schema(example = "2026-11-21T05:00:00Z") Instant dueAt,
                                   @Schema(example = "customer asked to call after lunch") String reason,
                                   @Schema(description = "The agent it is promised to; absent when anyone may make it",
                                           example = "a-17") String ownerAgent) {
    }

    public record ClaimResponse(@Schema(example = "a-17") String agentId,
                                @Schema(example = "2026-11-20T05:35:12.483921Z") Instant expiresAt) {
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
