package com.converge.booking.application.port.outbound;

import com.converge.booking.domain.invoice.FinancialYear;
import com.converge.booking.domain.invoice.InvoiceSeries;
import com.converge.booking.domain.invoice.IssuedInvoice;
import com.converge.booking.domain.invoice.TaxInvoice;
import com.converge.kernel.domain.BookingId;
import io.smallrye.mutiny.Uni;
import java.util.Optional;

public interface Invoices {

    /**
     * The next number of the series in the year, counted in the caller's transaction and held until
     * it ends: consecutive across concurrent callers, and given back if the transaction rolls back.
     */
    Uni<Long> nextSequence(InvoiceSeries series, FinancialYear year);

    Uni<Void> add(TaxInvoice invoice, InvoiceSeries series, long sequence);

    Uni<Optional<IssuedInvoice>> findByBooking(BookingId bookingId);

}
