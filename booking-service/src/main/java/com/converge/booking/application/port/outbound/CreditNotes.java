package com.converge.booking.application.port.outbound;

import com.converge.booking.domain.invoice.CreditNote;
import com.converge.booking.domain.invoice.InvoiceSeries;
import com.converge.booking.domain.invoice.TaxLine;
import com.converge.kernel.domain.BookingId;
import io.smallrye.mutiny.Uni;
import java.util.Map;
import java.util.Optional;

/** Credit notes, numbered from the same counters as tax invoices (see {@link Invoices#nextSequence}). */
public interface CreditNotes {

    Uni<Void> add(CreditNote note, InvoiceSeries series, long sequence);

    /** Per invoice line number, what the booking's credit notes reversed on it so far. */
    Uni<Map<Integer, TaxLine>> creditedPerLine(BookingId bookingId);

    Uni<Optional<CreditNote>> findByRefund(String refundId);
}
