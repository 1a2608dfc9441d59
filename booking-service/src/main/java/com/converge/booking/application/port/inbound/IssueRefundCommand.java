package com.converge.booking.application.port.inbound;

import com.converge.booking.domain.payment.Refund;
import com.converge.booking.domain.payment.RefundDestination;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Money;
import java.util.Objects;

/** Support gives back some or all of what was paid for a booking, for a stated reason. */
public record IssueRefundCommand(BookingId bookingId, Money amount, RefundDestination destination, String reason,
                                 Caller caller) {

    public IssueRefundCommand {
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(caller, "caller");
        if (amount == null || !amount.isPositive()) {
            throw new InvalidValueException("amount", "must be more than zero");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("reason", "is required");
        }
        reason = reason.strip();
        if (reason.length() > Refund.REASON_MAX) {
            throw new InvalidValueException("reason", "is longer than " + Refund.REASON_MAX + " characters");
        }
    }
}
