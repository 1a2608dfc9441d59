package com.converge.kernel.events;

import java.math.BigDecimal;
import java.time.Instant;

public record OrderDelivered(String orderId, String orderNumber, long customerId, BigDecimal totalAmount,
                             Instant deliveredAt) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return orderId;
    }
}
