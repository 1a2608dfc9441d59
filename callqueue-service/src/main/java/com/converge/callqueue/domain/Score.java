package com.converge.callqueue.domain;

import com.converge.kernel.domain.InvalidValueException;

/** An entry's priority score: lower is served first; always within 0..200. */
public record Score(int value) {

    public static final int MIN = 0;
    public static final int MAX = 200;
    public static final Score INITIAL = new Score(MIN);

    public Score {
        if (value < MIN || value > MAX) {
            throw new InvalidValueException("score", "a score is between " + MIN + " and " + MAX);
        }
    }

    /** The score moved by {@code delta}, held within 0..200 however large the move. */
    public Score adjustedBy(int delta) {
        return new Score(Math.max(MIN, Math.min(MAX, value + delta)));
    }
}
