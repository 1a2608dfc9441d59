package com.converge.callqueue.application.port.inbound;

import com.converge.callqueue.domain.EntryContext;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;

/** complaint-service says a customer needs a call now: an escalation, an SLA breach, a customer at risk. */
public record AttentionNeededCommand(CustomerId customerId, EntryContext context, String reason) {

    public AttentionNeededCommand {
        if (customerId == null) {
            throw new InvalidValueException("customerId", "is required");
        }
        if (context == null) {
            throw new InvalidValueException("context", "is required");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("reason", "is required");
        }
        reason = reason.length() > 200 ? reason.substring(0, 200) : reason;
    }
}
