package com.converge.kernel.events;

import java.math.BigDecimal;
import java.time.Instant;

/** Money received for a booking; {@code method} is upi, card, netbanking, cash or wallet. */
public record PaymentReceived(String paymentId, String bookingId, long customerId, BigDecimal amount, String method,
                              String paymentStatus, Instant receivedAt) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return bookingId;
    }
}
