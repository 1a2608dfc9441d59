package com.converge.booking.domain.invoice;

import com.converge.booking.domain.StateCode;
import com.converge.booking.domain.booking.Booking;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The GST tax invoice issued when a booking completes. */
public record TaxInvoice(String number, FinancialYear financialYear, BookingId bookingId, CustomerId customerId,
                         StateCode supplierState, Instant issuedAt, List<Line> lines, GstTotals totals) {

    public record Line(int lineNo, String description, Money unitPrice, int quantity, TaxLine tax) {
    }

    public TaxInvoice {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(bookingId, "bookingId");
        lines = List.copyOf(lines);
    }

    /**
     * The invoice of a completed booking: its items as priced when it was made, then the fees charged
     * on it (reschedules inside the window), each with its GST.
     */
    public static TaxInvoice of(Booking booking, IssuedInvoice issued) {
        List<Line> lines = new ArrayList<>();
        booking.items().forEach(item -> lines.add(new Line(item.lineNo(), item.description(), item.unitPrice(), item.quantity(),
                item.tax())));
        booking.charges().forEach(charge -> lines.add(new Line(charge.lineNo(), charge.description(), charge.tax().taxable(), 1,
                charge.tax())));
        return new TaxInvoice(issued.number(), issued.financialYear(), booking.id(), booking.customerId(),
                issued.supplierState(), issued.issuedAt(), lines, GstTotals.of(lines.stream().map(Line::tax).toList()));
    }
}
