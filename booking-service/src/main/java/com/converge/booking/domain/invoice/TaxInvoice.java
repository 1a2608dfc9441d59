package com.converge.booking.domain.invoice;

import com.converge.booking.domain.StateCode;
import com.converge.booking.domain.booking.Booking;
import com.converge.booking.domain.booking.BookingStatus;
import com.converge.booking.domain.booking.Charge;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The GST tax invoice issued when a booking completes, or when a cancellation keeps fees. */
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
     * on it (reschedules inside the window), each with its GST. A cancelled booking's is for what the
     * cancellation kept ({@link Booking#keptFees()}): no service was supplied, the fees were.
     */
    public static TaxInvoice of(Booking booking, IssuedInvoice issued) {
        List<Line> lines = new ArrayList<>();
        if (booking.status() == BookingStatus.CANCELLED) {
            booking.keptFees().forEach(fee -> lines.add(line(fee)));
        } else {
            booking.items().forEach(item -> lines.add(new Line(item.lineNo(), item.description(), item.unitPrice(),
                    item.quantity(), item.tax())));
            booking.charges().forEach(charge -> lines.add(line(charge)));
        }
        return new TaxInvoice(issued.number(), issued.financialYear(), booking.id(), booking.customerId(),
                issued.supplierState(), issued.issuedAt(), lines, GstTotals.of(lines.stream().map(Line::tax).toList()));
    }

    private static Line line(Charge charge) {
        return new Line(charge.lineNo(), charge.description(), charge.tax().taxable(), 1, charge.tax());
    }
}
