package com.converge.callqueue.adapter.inbound.rest;

import com.converge.callqueue.application.port.inbound.RecordedCall;
import com.converge.callqueue.domain.Callback;
import java.time.Instant;

/** The recorded call and where it left the entry: its new score (with this call's line of the breakdown). */
public record RecordedCallResponse(String callId, String entryId, String outcome, boolean connected, int durationSeconds,
                                   Instant completedAt, int score, int attempts, boolean entryActive,
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
