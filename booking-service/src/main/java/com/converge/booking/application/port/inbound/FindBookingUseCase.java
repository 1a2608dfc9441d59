package com.converge.booking.application.port.inbound;

import com.converge.booking.domain.booking.Booking;
import com.converge.booking.domain.invoice.TaxInvoice;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.Caller;
import io.smallrye.mutiny.Uni;

public interface FindBookingUseCase {

    /** The booking, if {@code caller} may see it; another customer's booking does not exist for a customer. */
    Uni<Booking> find(BookingId id, Caller caller);

    /** The tax invoice of a completed booking, or of the fees a cancelled one kept; 404 when there is none. */
    Uni<TaxInvoice> invoice(BookingId id, Caller caller);
}
