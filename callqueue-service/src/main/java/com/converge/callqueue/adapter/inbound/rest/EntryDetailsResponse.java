package com.converge.callqueue.adapter.inbound.rest;

import com.converge.callqueue.application.port.inbound.EntryDetails;
import com.converge.callqueue.domain.ScoreChange;
import java.time.Instant;
import java.util.List;

/** An entry, its score, and the score's breakdown: every change with its cause, oldest first. */
public record EntryDetailsResponse(QueueEntryResponse entry, int score, List<ScoreLine> breakdown) {

    public record ScoreLine(String cause, int outcomeAdjustment, int attemptPenalty, int before, int after,
                            Instant changedAt) {

        static ScoreLine of(ScoreChange change) {
            return new ScoreLine(change.cause(), change.outcomeAdjustment(), change.attemptPenalty(),
                    change.before().value(), change.after().value(), change.changedAt());
        }
    }

    static EntryDetailsResponse of(EntryDetails details) {
        return new EntryDetailsResponse(QueueEntryResponse.of(details.view()), details.view().entry().score().value(),
                details.scoreHistory().stream().map(ScoreLine::of).toList());
    }
}
