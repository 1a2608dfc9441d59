package com.converge.complaint.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How long an unresolved complaint has been open, in wall-clock time, in the buckets a backlog
 * report counts: under a day, one to three days, three to seven, over seven. A bucket holds ages
 * from its lower bound (inclusive) up to the next bucket's.
 */
public enum BacklogAge {
    UNDER_1D(Duration.ZERO), FROM_1D_TO_3D(Duration.ofDays(1)), FROM_3D_TO_7D(Duration.ofDays(3)), OVER_7D(Duration.ofDays(7));

    private final Duration lowerBound;

    BacklogAge(Duration lowerBound) {
        this.lowerBound = lowerBound;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Duration lowerBound() {
        return lowerBound;
    }

    public static BacklogAge of(Duration age) {
        BacklogAge bucket = UNDER_1D;
        for (BacklogAge candidate : values()) {
            if (age.compareTo(candidate.lowerBound) >= 0) {
                bucket = candidate;
            }
        }
        return bucket;
    }

    /**
     * The creation times that separate the buckets at {@code now}, newest first: a complaint created
     * after the first cutoff is in the first bucket, after the second in the second, and so on.
     */
    public static List<Instant> cutoffs(Instant now) {
        return Arrays.stream(values()).skip(1).map(bucket -> now.minus(bucket.lowerBound)).toList();
    }
}
