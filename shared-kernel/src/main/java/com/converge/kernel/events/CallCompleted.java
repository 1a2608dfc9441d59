package com.converge.kernel.events;

import java.time.Instant;

/**
 * An agent finished a call. {@code outcome} is e.g. connected, no_answer, busy, voicemail,
 * callback_requested, not_interested, wrong_number, verified, refused.
 */
public record CallCompleted(String callId, String entryId, long customerId, String agentId, String queue,
                            String outcome, boolean connected, int durationSeconds, String complaintId, String orderId,
                            Instant completedAt) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return entryId;
    }
}
