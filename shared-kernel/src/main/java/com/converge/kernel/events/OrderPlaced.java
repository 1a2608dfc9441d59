package com.converge.kernel.events;

import java.math.BigDecimal;
import java.time.Instant;

/** {@code paymentMethod} is cod or prepaid; amounts are INR. */
public record OrderPlaced(String orderId, String orderNumber, long customerId, int lineCount, BigDecimal totalAmount,
                          String paymentMethod, boolean verificationRequired, Instant placedAt) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return orderId;
    }
}
