package com.converge.kernel.events;

import java.time.Instant;

/** {@code previousAssignee} is null on the first assignment. */
public record ComplaintAssigned(String complaintId, long customerId, String assignee, String previousAssignee,
                                String assignedBy, Instant assignedAt) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return complaintId;
    }
}
