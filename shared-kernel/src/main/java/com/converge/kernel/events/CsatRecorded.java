package com.converge.kernel.events;

import java.time.Instant;

/** {@code rating} is 1..5. */
public record CsatRecorded(String complaintId, long customerId, int rating, String comment, String assignee,
                           String complaintType, Instant recordedAt) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return complaintId;
    }
}
