package com.converge.kernel.events;

import java.time.Instant;

/** {@code ownerAgent} null means any agent may make the call. */
public record CallbackScheduled(String entryId, long customerId, String queue, Instant dueAt, String reason,
                                String ownerAgent, Instant scheduledAt) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return entryId;
    }
}
