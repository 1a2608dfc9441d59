package com.converge.kernel.events;

import java.math.BigDecimal;
import java.time.Instant;

/** A cash-on-delivery order from a buyer who is not trusted waits for a verification call. */
public record OrderVerificationRequested(String orderId, String orderNumber, long customerId, BigDecimal totalAmount,
                                         Instant requestedAt) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return orderId;
    }
}
