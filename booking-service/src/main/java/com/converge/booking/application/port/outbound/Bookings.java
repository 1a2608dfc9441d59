package com.converge.booking.application.port.outbound;

import com.converge.booking.domain.booking.Booking;
import com.converge.booking.domain.booking.BookingSummary;
import com.converge.booking.domain.booking.Reschedule;
import com.converge.kernel.domain.BookingId;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;

public interface Bookings {

    Uni<Void> add(Booking booking);

    /** The booking, locked for the rest of the transaction, so its moves happen one at a time. */
    Uni<Optional<Booking>> lock(BookingId id);

    Uni<Optional<Booking>> findById(BookingId id);

    /** Stores the booking's new state (status, provider, times, invoice); its payment status is the {@link PaymentAccounts}' to store. */
    Uni<Void> update(Booking booking);

    /** Stores the items' new slots and adds the reschedule to the booking's history. */
    Uni<Void> rescheduled(Booking booking, Reschedule reschedule);

    /** Up to {@code limit} bookings matching the filter, newest first (by creation, then id), in one query. */
    Uni<List<BookingSummary>> list(BookingFilter filter, int limit);
}
