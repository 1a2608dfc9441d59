package com.converge.kernel.events;

import java.time.Instant;

/** {@code level} is 1..3. */
public record ComplaintEscalated(String complaintId, long customerId, String priority, int level, String reason,
                                 Instant escalatedAt) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return complaintId;
    }
}
