package com.converge.kernel.events;

import java.time.Instant;

/** Statuses are lower-case: open, in_progress, waiting_on_customer, escalated, resolved, closed. */
public record ComplaintStatusChanged(String complaintId, long customerId, String fromStatus, String toStatus,
                                     String changedBy, Instant changedAt) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return complaintId;
    }
}
