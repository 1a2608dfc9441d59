package com.converge.callqueue.domain;

import com.converge.kernel.domain.InvalidValueException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * How each call outcome moves an entry's score (within the source design's -15..+200), and the
 * penalty added for every attempt beyond {@code freeAttempts}. Lower scores are called sooner, so a
 * customer who asked for a callback moves up and a wrong number sinks to the bottom.
 */
public record ScoringTable(Map<CallOutcome, Integer> adjustments, int freeAttempts, int penaltyPerAttempt) {

    public static final int MIN_ADJUSTMENT = -15;
    public static final int MAX_ADJUSTMENT = 200;

    public static final ScoringTable DEFAULT = new ScoringTable(Map.of(
            CallOutcome.CONNECTED, 20,
            CallOutcome.VERIFIED, 0,
            CallOutcome.REFUSED, 0,
            CallOutcome.CALLBACK_REQUESTED, -15,
            CallOutcome.NOT_INTERESTED, 50,
            CallOutcome.NO_ANSWER, 10,
            CallOutcome.BUSY, 5,
            CallOutcome.VOICEMAIL, 8,
            CallOutcome.WRONG_NUMBER, 200), 3, 10);

    public ScoringTable {
        EnumMap<CallOutcome, Integer> copy = new EnumMap<>(CallOutcome.class);
        for (CallOutcome outcome : CallOutcome.values()) {
            Integer adjustment = adjustments == null ? null : adjustments.get(outcome);
            if (adjustment == null) {
                throw new InvalidValueException("adjustments." + outcome.wireName(), "every outcome needs an adjustment");
            }
            if (adjustment < MIN_ADJUSTMENT || adjustment > MAX_ADJUSTMENT) {
                throw new InvalidValueException("adjustments." + outcome.wireName(),
                        "an adjustment is between " + MIN_ADJUSTMENT + " and " + MAX_ADJUSTMENT);
            }
            copy.put(outcome, adjustment);
        }
        adjustments = Map.copyOf(copy);
        if (freeAttempts < 0 || freeAttempts > 100) {
            throw new InvalidValueException("freeAttempts", "must be between 0 and 100");
        }
        if (penaltyPerAttempt < 0 || penaltyPerAttempt > MAX_ADJUSTMENT) {
            throw new InvalidValueException("penaltyPerAttempt", "must be between 0 and " + MAX_ADJUSTMENT);
        }
    }

    public int adjustmentFor(CallOutcome outcome) {
        return adjustments.get(outcome);
    }

    /** The score change of a call that was the {@code attempt}-th one on the entry. */
    public ScoreChange score(Score before, CallOutcome outcome, int attempt, Instant at) {
        int adjustment = adjustmentFor(outcome);
        int penalty = attempt > freeAttempts ? penaltyPerAttempt : 0;
        return new ScoreChange("call " + outcome.wireName() + " (attempt " + attempt + ")", adjustment, penalty,
                before, before.adjustedBy(adjustment + penalty), at);
    }
}
