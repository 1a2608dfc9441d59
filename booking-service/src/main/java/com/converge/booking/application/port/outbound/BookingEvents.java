package com.converge.booking.application.port.outbound;

import com.converge.booking.domain.booking.Booking;
import com.converge.kernel.domain.Money;
import io.smallrye.mutiny.Uni;

/** The booking events booking-service publishes; written in the caller's transaction. */
public interface BookingEvents {

    Uni<Void> created(Booking booking);

    Uni<Void> confirmed(Booking booking);

    Uni<Void> completed(Booking booking);

    /** {@code refunded}: what the cancellation gave back (RefundIssued carries the details). */
    Uni<Void> cancelled(Booking booking, Money refunded);

    /** The booking's latest reschedule. */
    Uni<Void> rescheduled(Booking booking);
}
