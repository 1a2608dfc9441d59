package com.converge.callqueue.adapter.inbound.rest;

import com.converge.callqueue.application.port.inbound.RecordedCall;
import com.converge.callqueue.domain.Callback;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The recorded call and where it left the entry: its new score (with this call's line of the breakdown). */
public record RecordedCallResponse(@Schema(example = "01937f31-b8e2-7d05-a3f6-5c1e9b20d874") String callId,
                                   @Schema(example = "01937f2a-5c40-7b21-9d4e-3f8a61c2b7e5") String entryId,
                                   @Schema(description = "A CallOutcome value", example = "no_answer") String outcome,
                                   boolean connected, @Schema(example = "42") int durationSeconds,
                                   @Schema(example = "2026-11-20T05:31:40.902114Z") Instant completedAt,
                                   @Schema(example = "35") int score, @Schema(example = "2") int attempts,
                                   boolean entryActive,
                                   EntryDetailsResponse.ScoreLine scoreChange,
                                   QueueEntryResponse.CallbackResponse callback) {

    static RecordedCallResponse of(RecordedCall recorded) {
        var call = recorded.call();
        var entry = recorded.entry();
        Callback callback = entry.callback();
        return new RecordedCallResponse(call.id().toString(), call.entryId().toString(), call.outcome().wireName(),
                call.connected(), call.durationSeconds(), call.completedAt(), entry.score().value(), entry.attempts(),
                entry.active(), EntryDetailsResponse.ScoreLine.of(recorded.scoreChange()),
                callback == null ? null
                        : new QueueEntryResponse.CallbackResponse(callback.dueAt(), callback.reason(), callback.ownerAgent()));
    }
}
