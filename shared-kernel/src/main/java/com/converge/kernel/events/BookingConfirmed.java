package com.converge.kernel.events;

import java.time.Instant;

public record BookingConfirmed(String bookingId, long customerId, String providerId, Instant confirmedAt)
        implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return bookingId;
    }
}
