package com.converge.kernel.events;

import java.time.Instant;

/** An order's stock reservation lapsed; the order was cancelled with reason "reservation expired". */
public record ReservationExpired(String orderId, String orderNumber, long customerId, Instant expiredAt)
        implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return orderId;
    }
}
