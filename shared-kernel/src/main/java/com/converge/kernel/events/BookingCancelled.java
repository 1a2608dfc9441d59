package com.converge.kernel.events;

import java.math.BigDecimal;
import java.time.Instant;

public record BookingCancelled(String bookingId, long customerId, String reason, String cancelledBy,
                               BigDecimal feeAmount, BigDecimal refundAmount, Instant cancelledAt)
        implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return bookingId;
    }
}
