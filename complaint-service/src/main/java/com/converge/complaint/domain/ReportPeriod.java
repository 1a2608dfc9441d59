package com.converge.complaint.domain;

import com.converge.kernel.domain.InvalidValueException;
import java.time.Duration;
import java.time.Instant;

/** The half-open interval [from, to) a report covers; a report reads every row of it, so its length is bounded. */
public record ReportPeriod(Instant from, Instant to) {

    public static final Duration LONGEST = Duration.ofDays(92);

    public ReportPeriod {
        if (from == null) {
            throw new InvalidValueException("from", "is required");
        }
        if (to == null) {
            throw new InvalidValueException("to", "is required");
        }
        if (!to.isAfter(from)) {
            throw new InvalidValueException("to", "must be after from");
        }
        if (Duration.between(from, to).compareTo(LONGEST) > 0) {
            throw new InvalidValueException("to", "a period is at most " + LONGEST.toDays() + " days");
        }
    }

    public boolean contains(Instant at) {
        return !at.isBefore(from) && at.isBefore(to);
    }
}
