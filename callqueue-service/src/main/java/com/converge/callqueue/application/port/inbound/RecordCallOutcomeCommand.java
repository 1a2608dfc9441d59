package com.converge.callqueue.application.port.inbound;

import com.converge.callqueue.domain.CallOutcome;
import com.converge.kernel.domain.InvalidValueException;
import java.time.Instant;
import java.util.UUID;

/**
 * How a call on an entry went. {@code callbackAt} schedules the next call; it is the agent's own
 * callback unless {@code callbackByAnyone}.
 */
public record RecordCallOutcomeCommand(UUID entryId, String agentId, CallOutcome outcome, int durationSeconds,
                                       String notes, Instant callbackAt, String callbackReason,
                                       boolean callbackByAnyone) {

    public static final int MAX_NOTES = 2000;

    public RecordCallOutcomeCommand {
        if (entryId == null) {
            throw new InvalidValueException("entryId", "is required");
        }
        if (agentId == null || agentId.isBlank()) {
            throw new InvalidValueException("agentId", "is required");
        }
        if (outcome == null) {
            throw new InvalidValueException("outcome", "is required");
        }
        if (durationSeconds < 0 || durationSeconds > 86_400) {
            throw new InvalidValueException("durationSeconds", "must be between 0 and 86400");
        }
        if (notes != null && notes.length() > MAX_NOTES) {
            throw new InvalidValueException("notes", "at most " + MAX_NOTES + " characters");
        }
        if (callbackReason != null && callbackReason.length() > 200) {
            throw new InvalidValueException("callback.reason", "at most 200 characters");
        }
    }
}
