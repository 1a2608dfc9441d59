package com.converge.kernel.events;

import java.time.Instant;

/** {@code clock} is first_response, next_response or resolution. */
public record SlaWarning(String complaintId, long customerId, String priority, String clock, Instant dueAt,
                         Instant warnedAt) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return complaintId;
    }
}
