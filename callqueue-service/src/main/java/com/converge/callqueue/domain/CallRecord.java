package com.converge.callqueue.domain;

import com.converge.kernel.domain.CustomerId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One call an agent made to a customer, as the call log keeps it. */
public record CallRecord(UUID id, UUID entryId, CustomerId customerId, String agentId, QueueName queue,
                         CallOutcome outcome, int durationSeconds, String notes, Instant completedAt) {

    public CallRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(completedAt, "completedAt");
    }

    public boolean connected() {
        return outcome.connected();
    }
}
