package com.converge.complaint.domain;

import com.converge.kernel.domain.CustomerId;
import java.time.Instant;
import java.util.Objects;

/** {@code source} is the id of the booking, order or wallet entry that reached it. */
public record CustomerMilestone(CustomerId customerId, Milestone milestone, Instant reachedAt, String source) {

    public CustomerMilestone {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(reachedAt, "reachedAt");
        Objects.requireNonNull(source, "source");
    }
}
