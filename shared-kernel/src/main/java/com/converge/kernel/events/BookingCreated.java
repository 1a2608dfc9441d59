package com.converge.kernel.events;

import java.math.BigDecimal;
import java.time.Instant;

/** A customer booked services; {@code totalAmount} is in INR, GST included. */
public record BookingCreated(String bookingId, long customerId, int itemCount, BigDecimal totalAmount,
                             String pincode, Instant firstSlotStart, Instant createdAt) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return bookingId;
    }
}
