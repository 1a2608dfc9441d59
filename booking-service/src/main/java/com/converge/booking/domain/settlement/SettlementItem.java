package com.converge.booking.domain.settlement;

import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.Money;
import java.util.Objects;

/** One line of a completed booking to settle: its category, taxable value and the taxable value credit notes reversed on it. */
public record SettlementItem(BookingId bookingId, int lineNo, int categoryId, Money taxable, Money creditedTaxable) {

    public SettlementItem {
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(taxable, "taxable");
        Objects.requireNonNull(creditedTaxable, "creditedTaxable");
        if (creditedTaxable.isGreaterThan(taxable)) {
            throw new IllegalArgumentException("more credited than invoiced on " + bookingId + " line " + lineNo);
        }
    }
}
