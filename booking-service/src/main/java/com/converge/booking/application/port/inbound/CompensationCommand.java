package com.converge.booking.application.port.inbound;

import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Money;
import java.util.Objects;

/** A resolved complaint's compensation to credit to the customer's wallet. */
public record CompensationCommand(CustomerId customerId, String complaintId, Money amount, String bookingId) {

    public CompensationCommand {
        Objects.requireNonNull(customerId, "customerId");
        if (complaintId == null || complaintId.isBlank()) {
            throw new InvalidValueException("complaintId", "is required");
        }
        if (amount == null || !amount.isPositive()) {
            throw new InvalidValueException("compensationAmount", "a wallet credit must be more than zero");
        }
    }

    /** The wallet entry's reference: one compensation per complaint, however often its event arrives. */
    public String reference() {
        return "complaint:" + complaintId;
    }
}
