package com.converge.callqueue.adapter.inbound.rest;

import com.converge.callqueue.application.port.inbound.EntryDetails;
import com.converge.callqueue.domain.ScoreChange;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An entry, its score, and the score's breakdown: every change with its cause, oldest first. */
public record EntryDetailsResponse(QueueEntryResponse entry, @Schema(example = "35") int score,
                                   List<ScoreLine> breakdown) {

    public record ScoreLine(@Schema(example = "call no_answer (attempt 2)") String cause,
                            @Schema(example = "10") int outcomeAdjustment,
                            @Schema(description = "For each attempt beyond the free ones", example = "0")
                            int attemptPenalty,
                            @Schema(example = "25") int before,
                            @Schema(description = "Clamped to 0..200", example = "35") int after,
                            @Schema(example = "2026-11-20T05:31:40.902114Z") Instant changedAt) {

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
