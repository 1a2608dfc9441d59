package com.converge.kernel.events;

import java.time.Instant;

public record CustomerAtRisk(long customerId, int score, Integer previousScore, String reason, Instant detectedAt)
        implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return Long.toString(customerId);
    }
}
