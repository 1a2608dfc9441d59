package com.converge.complaint.domain;

import java.time.Duration;
import java.time.Instant;

/** A clock as the API shows it at a moment: due, business time elapsed and left, state, outcome. */
public record SlaClockReading(SlaClockKind clock, SlaClock.State state, Duration target, Instant dueAt,
                              Duration elapsed, Duration remaining, Outcome outcome) {

    public enum Outcome { PENDING, MET, BREACHED }

    static SlaClockReading of(SlaClock clock, Instant now, BusinessCalendar calendar) {
        Outcome outcome = clock.isBreached(now, calendar) ? Outcome.BREACHED
                : clock.isMet() ? Outcome.MET : Outcome.PENDING;
        return new SlaClockReading(clock.kind(), clock.state(), clock.target(), clock.dueAt(calendar),
                clock.elapsed(now, calendar), clock.remaining(now, calendar), outcome);
    }
}
