package com.converge.kernel.events;

import java.math.BigDecimal;
import java.time.Instant;

/** The work is done and invoiced; {@code invoiceNumber} is the GST tax invoice issued for it. */
public record BookingCompleted(String bookingId, long customerId, String providerId, BigDecimal totalAmount,
                               String invoiceNumber, Instant completedAt) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return bookingId;
    }
}
