package com.converge.booking.application.port.outbound;

import com.converge.booking.domain.booking.Booking;
import com.converge.kernel.domain.BookingId;
import io.smallrye.mutiny.Uni;
import java.util.Optional;

public interface Bookings {

    Uni<Void> add(Booking booking);

    /** The booking, locked for the rest of the transaction, so its moves happen one at a time. */
    Uni<Optional<Booking>> lock(BookingId id);

    Uni<Optional<Booking>> findById(BookingId id);

    /** Stores the booking's new state (status, provider, times, invoice); its payment status is the {@link PaymentAccounts}' to store. */
    Uni<Void> update(Booking booking);
}
