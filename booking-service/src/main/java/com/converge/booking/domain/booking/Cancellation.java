package com.converge.booking.domain.booking;

import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Money;
import java.util.Objects;

/**
 * Why and by whom a booking was cancelled, the fee the policy charged, and what the cancellation kept of
 * what was paid for that fee and the charges made before it (GST included; less than both when what
 * was paid did not cover them, the rest not being claimed). What it kept is a supply of the platform's,
 * invoiced with GST.
 */
public record Cancellation(String reason, String cancelledBy, Money fee, Money kept) {

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
        Objects.requireNonNull(kept, "kept");
        if (fee.isNegative() || kept.isNegative()) {
            throw new IllegalArgumentException("a cancellation's fee and what it kept are not negative");
        }
    }
}
