package com.converge.kernel.events;

import java.time.Instant;

/** {@code score} is 0..100, higher is healthier. */
public record CustomerHealthChanged(long customerId, int score, Integer previousScore, String band, Instant computedAt)
        implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return Long.toString(customerId);
    }
}
