package com.converge.kernel.events;

import java.time.Instant;

/** The verification call's result: order-service confirms a verified order and cancels one that is not. */
public record OrderVerificationCompleted(String orderId, long customerId, boolean verified, String agentId,
                                         String reason, Instant completedAt) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return orderId;
    }
}
