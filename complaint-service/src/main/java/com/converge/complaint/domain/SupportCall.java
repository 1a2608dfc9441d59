package com.converge.complaint.domain;

import com.converge.kernel.domain.CustomerId;
import java.time.Instant;
import java.util.Objects;

/** A call the call centre made to a customer (CallCompleted); {@code orderId} marks an order verification call. */
public record SupportCall(String callId, CustomerId customerId, String agentId, String queue, String outcome,
                          boolean connected, int durationSeconds, String complaintId, String orderId, Instant completedAt) {

    public SupportCall {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(completedAt, "completedAt");
    }
}
