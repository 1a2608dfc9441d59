package com.converge.booking.application.service;

import com.converge.booking.application.port.inbound.FindBookingUseCase;
import com.converge.booking.application.port.outbound.Bookings;
import com.converge.booking.application.port.outbound.Invoices;
import com.converge.booking.domain.booking.Booking;
import com.converge.booking.domain.invoice.TaxInvoice;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.NotFoundException;
import io.smallrye.mutiny.Uni;

public class FindBookingService implements FindBookingUseCase {

    private final UnitOfWork unitOfWork;
    private final Bookings bookings;
    private final Invoices invoices;

    public FindBookingService(UnitOfWork unitOfWork, Bookings bookings, Invoices invoices) {
        this.unitOfWork = unitOfWork;
        this.bookings = bookings;
        this.invoices = invoices;
    }

    @Override
    public Uni<Booking> find(BookingId id, Caller caller) {
        return unitOfWork.reading(() -> visible(id, caller));
    }

    @Override
    public Uni<TaxInvoice> invoice(BookingId id, Caller caller) {
        return unitOfWork.reading(() -> visible(id, caller).chain(booking -> invoices.findByBooking(id)
                .map(issued -> issued.map(found -> TaxInvoice.of(booking, found))
                        .orElseThrow(() -> new NotFoundException("invoice of booking", id)))));
    }

    private Uni<Booking> visible(BookingId id, Caller caller) {
        return bookings.findById(id).map(found -> found
                .filter(booking -> caller.mayAccess(booking.customerId()))
                .orElseThrow(() -> new NotFoundException("booking", id)));
    }
}
