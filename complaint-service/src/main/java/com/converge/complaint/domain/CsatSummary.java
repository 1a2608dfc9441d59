package com.converge.complaint.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

/** Ratings of one group: how many, their average (two decimals, null without ratings), and how many of each 1..5. */
public record CsatSummary(long count, BigDecimal average, List<Long> distribution) {

    public CsatSummary {
        distribution = List.copyOf(distribution);
        if (distribution.size() != Csat.MAX_RATING) {
            throw new IllegalArgumentException("one count per rating 1.." + Csat.MAX_RATING);
        }
    }

    public static CsatSummary empty() {
        return new CsatSummary(0, null, Arrays.asList(0L, 0L, 0L, 0L, 0L));
    }

    /** This summary with {@code count} more ratings of {@code rating}. */
    public CsatSummary plus(int rating, long count) {
        if (rating < Csat.MIN_RATING || rating > Csat.MAX_RATING) {
            throw new IllegalArgumentException("a rating is " + Csat.MIN_RATING + ".." + Csat.MAX_RATING + ": " + rating);
        }
        Long[] counts = distribution.toArray(Long[]::new);
        counts[rating - 1] += count;
        long total = 0;
        long sum = 0;
        for (int r = 1; r <= counts.length; r++) {
            total += counts[r - 1];
            sum += r * counts[r - 1];
        }
        BigDecimal average = total == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
        return new CsatSummary(total, average, Arrays.asList(counts));
    }
}
