package com.converge.kernel.events;

import java.math.BigDecimal;
import java.time.Instant;

public record OrderCancelled(String orderId, String orderNumber, long customerId, String reason, String cancelledBy,
                             BigDecimal refundAmount, Instant cancelledAt) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return orderId;
    }
}
