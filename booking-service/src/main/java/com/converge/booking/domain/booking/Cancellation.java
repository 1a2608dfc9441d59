package com.converge.booking.domain.booking;

import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Money;
import java.util.Objects;

/** Why and by whom a booking was cancelled, and the fee the policy charged. */
public record Cancellation(String reason, String cancelledBy, Money fee) {

    public static final int REASON_MAX = 200;

    public Cancellation {
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("reason", "is required");
        }
        reason = reason.strip();
        if (reason.length() > REASON_MAX) {
            throw new InvalidValueException("reason", "is longer than " + REASON_MAX + " characters");
        }
        Objects.requireNonNull(cancelledBy, "cancelledBy");
        Objects.requireNonNull(fee, "fee");
    }
}
