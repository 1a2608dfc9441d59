package com.converge.kernel.events;

import java.time.Instant;

/**
 * A customer raised a complaint. Customer-facing fields only. Type and priority are the lower-case
 * names used by the complaint API ({@code billing}, {@code critical}).
 */
public record ComplaintCreated(
        String complaintId,
        long customerId,
        String type,
        String priority,
        String subject,
        String bookingId,
        String orderId,
        Instant responseDueAt,
        Instant resolutionDueAt,
        Instant createdAt) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return complaintId;
    }
}
