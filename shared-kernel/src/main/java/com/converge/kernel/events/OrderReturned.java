package com.converge.kernel.events;

import java.math.BigDecimal;
import java.time.Instant;

public record OrderReturned(String orderId, String orderNumber, long customerId, String reason, BigDecimal refundAmount,
                            Instant returnedAt) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return orderId;
    }
}
