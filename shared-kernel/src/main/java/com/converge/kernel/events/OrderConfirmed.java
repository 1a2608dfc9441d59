package com.converge.kernel.events;

import java.time.Instant;

public record OrderConfirmed(String orderId, String orderNumber, long customerId, String confirmedBy, Instant confirmedAt)
        implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return orderId;
    }
}
