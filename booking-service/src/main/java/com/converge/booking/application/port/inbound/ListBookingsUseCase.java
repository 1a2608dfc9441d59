package com.converge.booking.application.port.inbound;

import com.converge.booking.domain.booking.BookingSummary;
import com.converge.kernel.application.Page;
import io.smallrye.mutiny.Uni;

public interface ListBookingsUseCase {

    /** Bookings newest first, a page at a time; a customer sees their own only. */
    Uni<Page<BookingSummary>> list(ListBookingsQuery query);
}
