package com.converge.booking.domain.payment;

import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import java.time.Instant;
import java.util.Objects;

/** One attempt to pay for a booking, succeeded or failed; only succeeded ones count towards what is paid. */
public record Payment(String id, BookingId bookingId, CustomerId customerId, Money amount, PaymentMethod method,
                      Outcome outcome, String reference, String failureReason, String recordedBy, Instant receivedAt) {

    public enum Outcome { SUCCEEDED, FAILED }

    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a payment is of a positive amount");
        }
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCEEDED;
    }
}
