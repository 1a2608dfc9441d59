package com.converge.booking.application.port.inbound;

import com.converge.booking.domain.booking.Booking;
import io.smallrye.mutiny.Uni;

public interface RescheduleBookingUseCase {

    /**
     * Moves a pending or confirmed booking to another slot under the reschedule policy and keeps the
     * move in its history. A confirmed booking keeps its provider when they are open and free in the
     * new slots, else goes to the best other one (BookingConfirmed with them); 409 when nobody can
     * take it, and nothing changes. Publishes BookingRescheduled. A customer moves only their own
     * bookings (others' are 404).
     */
    Uni<Booking> reschedule(RescheduleBookingCommand command);
}
