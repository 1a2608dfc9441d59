package com.converge.complaint.domain;

import java.time.Instant;
import java.util.Locale;

/**
 * One thing that happened to a complaint's SLA clock; the log of these lets a report be recomputed
 * after a policy or calendar change. {@code suspicious} marks a pause set right after a customer
 * wrote: parking a complaint to stop the clock is how SLAs are gamed.
 */
public record SlaLogEntry(SlaClockKind clock, Kind kind, String reason, Instant dueAt, boolean suspicious,
                          String actor, Instant at) {

    public enum Kind {
        APPLIED, PAUSED, RESUMED, WARNED, BREACHED, FULFILLED;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
