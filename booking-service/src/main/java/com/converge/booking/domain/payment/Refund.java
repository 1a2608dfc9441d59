package com.converge.booking.domain.payment;

import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * Money given back for a booking. {@code method} is where it actually goes: the wallet, or the
 * method the booking was first paid with when the destination is the original method.
 * {@code creditNoteNumber} is set when the booking was invoiced before the refund.
 */
public record Refund(String id, BookingId bookingId, CustomerId customerId, Money amount, RefundDestination destination,
                     PaymentMethod method, String reason, String issuedBy, Instant issuedAt, String creditNoteNumber) {

    public static final int REASON_MAX = 200;

    public Refund {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(issuedBy, "issuedBy");
        Objects.requireNonNull(issuedAt, "issuedAt");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a refund is of a positive amount");
        }
    }

    public Refund withCreditNote(String number) {
        return new Refund(id, bookingId, customerId, amount, destination, method, reason, issuedBy, issuedAt, number);
    }

    public boolean toWallet() {
        return method == PaymentMethod.WALLET;
    }
}
