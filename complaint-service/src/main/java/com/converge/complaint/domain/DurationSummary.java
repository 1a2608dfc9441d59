package com.converge.complaint.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Count, median and 90th percentile of some durations (nearest rank: the smallest value with at
 * least p% of the values at or below it, so a percentile is always a time that really happened).
 * Median and p90 are null without durations.
 */
public record DurationSummary(int count, Duration median, Duration p90) {

    public static DurationSummary of(Collection<Duration> durations) {
        List<Duration> sorted = new ArrayList<>(durations);
        sorted.sort(null);
        return new DurationSummary(sorted.size(), percentile(sorted, 50), percentile(sorted, 90));
    }

    static Duration percentile(List<Duration> sorted, int percent) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
