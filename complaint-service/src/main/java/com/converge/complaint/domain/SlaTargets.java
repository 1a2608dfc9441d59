package com.converge.complaint.domain;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How long support has, per priority, for each clock. The default is the source design's table:
 * critical 1h/4h, high 4h/24h, medium 24h/72h, low 48h/7d; next response = the first-response target.
 */
public record SlaTargets(Map<Priority, Duration> firstResponse, Map<Priority, Duration> nextResponse,
                         Map<Priority, Duration> resolution) {

    public static final SlaTargets DEFAULT = new SlaTargets(
            Map.of(Priority.CRITICAL, Duration.ofHours(1), Priority.HIGH, Duration.ofHours(4),
                    Priority.MEDIUM, Duration.ofHours(24), Priority.LOW, Duration.ofHours(48)),
            Map.of(Priority.CRITICAL, Duration.ofHours(1), Priority.HIGH, Duration.ofHours(4),
                    Priority.MEDIUM, Duration.ofHours(24), Priority.LOW, Duration.ofHours(48)),
            Map.of(Priority.CRITICAL, Duration.ofHours(4), Priority.HIGH, Duration.ofHours(24),
                    Priority.MEDIUM, Duration.ofHours(72), Priority.LOW, Duration.ofDays(7)));

    public SlaTargets {
        firstResponse = Map.copyOf(firstResponse);
        nextResponse = Map.copyOf(nextResponse);
        resolution = Map.copyOf(resolution);
        for (Priority priority : Priority.values()) {
            Objects.requireNonNull(firstResponse.get(priority), "first-response target for " + priority);
            Objects.requireNonNull(nextResponse.get(priority), "next-response target for " + priority);
            Objects.requireNonNull(resolution.get(priority), "resolution target for " + priority);
        }
    }

    public Duration firstResponseFor(Priority priority) {
        return firstResponse.get(priority);
    }

    public Duration resolutionFor(Priority priority) {
        return resolution.get(priority);
    }

    public Duration targetFor(SlaClockKind clock, Priority priority) {
        switch (clock) {
            case FIRST_RESPONSE:
                return firstResponse.get(priority);
            case NEXT_RESPONSE:
                return nextResponse.get(priority);
            default:
                return resolution.get(priority);
        }
    }
}
