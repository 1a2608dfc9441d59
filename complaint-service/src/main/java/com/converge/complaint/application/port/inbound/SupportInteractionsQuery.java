package com.converge.complaint.application.port.inbound;

import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;

/** {@code cursor} is the previous page's nextCursor. */
public record SupportInteractionsQuery(CustomerId customerId, String cursor, int limit, Caller caller) {

    public static final int MAX_LIMIT = 100;

    public SupportInteractionsQuery {
        Commands.require(customerId, "customerId");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        Commands.require(caller, "caller");
    }
}
