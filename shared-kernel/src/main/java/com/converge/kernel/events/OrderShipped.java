package com.converge.kernel.events;

import java.time.Instant;

public record OrderShipped(String orderId, String orderNumber, long customerId, String carrier, String trackingNumber,
                           Instant shippedAt) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return orderId;
    }
}
