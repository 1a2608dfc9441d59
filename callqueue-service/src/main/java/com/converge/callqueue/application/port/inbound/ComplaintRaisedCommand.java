package com.converge.callqueue.application.port.inbound;

import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import java.time.Instant;

/** complaint-service reported a new complaint. */
public record ComplaintRaisedCommand(CustomerId customerId, String complaintId, String priority, Instant raisedAt) {

    public ComplaintRaisedCommand {
        if (customerId == null) {
            throw new InvalidValueException("customerId", "is required");
        }
        if (complaintId == null || complaintId.isBlank()) {
            throw new InvalidValueException("complaintId", "is required");
        }
        if (raisedAt == null) {
            throw new InvalidValueException("createdAt", "is required");
        }
    }
}
