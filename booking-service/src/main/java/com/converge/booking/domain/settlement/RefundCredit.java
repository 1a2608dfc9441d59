package com.converge.booking.domain.settlement;

import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.Money;
import java.util.Objects;

/** What one refund's credit note reversed of a booking's service lines (taxable value), as a statement counts it. */
public record RefundCredit(String refundId, BookingId bookingId, Money taxable) {

    public RefundCredit {
        Objects.requireNonNull(refundId, "refundId");
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(taxable, "taxable");
    }
}
