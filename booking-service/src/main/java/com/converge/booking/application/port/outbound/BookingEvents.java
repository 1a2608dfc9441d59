package com.converge.booking.application.port.outbound;

import com.converge.booking.domain.booking.Booking;
import io.smallrye.mutiny.Uni;

/** The booking events booking-service publishes; written in the caller's transaction. */
public interface BookingEvents {

    Uni<Void> created(Booking booking);

    Uni<Void> confirmed(Booking booking);

    Uni<Void> completed(Booking booking);

    Uni<Void> cancelled(Booking booking);

    /** The booking's latest reschedule. */
    Uni<Void> rescheduled(Booking booking);
}
