package com.converge.kernel.events;

import java.math.BigDecimal;
import java.time.Instant;

/** Money returned for a booking; {@code destination} is wallet or original_method. */
public record RefundIssued(String refundId, String bookingId, long customerId, BigDecimal amount, String destination,
                           String reason, String creditNoteNumber, Instant issuedAt) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return bookingId;
    }
}
