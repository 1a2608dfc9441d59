package com.converge.booking.domain.booking;

import com.converge.booking.domain.invoice.TaxLine;
import java.util.Objects;

/**
 * A fee charged on a booking on top of its items (a reschedule inside the window), with its GST; the
 * customer owes it with the booking's total and it is its own line of the tax invoice, numbered after
 * the items.
 */
public record Charge(int lineNo, String description, TaxLine tax) {

    public Charge {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(tax, "tax");
    }
}
