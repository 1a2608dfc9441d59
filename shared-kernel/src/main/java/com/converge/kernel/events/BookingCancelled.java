package com.converge.kernel.events;

import java.math.BigDecimal;
import java.time.Instant;

/** A booking cancelled; {@code invoiceNumber} is the tax invoice of the fees it kept, null when it kept none. */
public record BookingCancelled(String bookingId, long customerId, String reason, String cancelledBy,
                               BigDecimal feeAmount, BigDecimal refundAmount, String invoiceNumber, Instant cancelledAt)
        implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return bookingId;
    }
}
