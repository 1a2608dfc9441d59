package com.converge.complaint.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * One run of an SLA clock, from its start to its fulfilment (or, still running or paused, to the
 * moment of reading), with the business time it counted. The next-response clock has one per
 * customer message; a reopened complaint's resolution clock continues its one run.
 */
public record SlaEpisode(SlaClockKind clock, Instant startedAt, Instant fulfilledAt, Duration businessTime, Duration target) {

    public enum Outcome {
        /** Fulfilled within the target. */
        MET,
        /** Over the target, fulfilled late or not yet fulfilled. */
        BREACHED,
        /** Not fulfilled, and still within the target: neither met nor breached yet. */
        PENDING;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Outcome outcome() {
        if (businessTime.compareTo(target) > 0) {
            return Outcome.BREACHED;
        }
        return fulfilledAt != null ? Outcome.MET : Outcome.PENDING;
    }
}
