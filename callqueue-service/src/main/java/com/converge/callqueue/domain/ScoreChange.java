package com.converge.callqueue.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of an entry's score history: why the score moved, by how much for the outcome and for
 * repeated attempts, and where it ended after clamping to 0..200.
 */
public record ScoreChange(String cause, int outcomeAdjustment, int attemptPenalty, Score before, Score after,
                          Instant changedAt) {

    public ScoreChange {
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(changedAt, "changedAt");
    }

    public static ScoreChange entered(QueueName queue, Instant at) {
        return new ScoreChange("entered " + queue.wireName(), 0, 0, Score.INITIAL, Score.INITIAL, at);
    }
}
