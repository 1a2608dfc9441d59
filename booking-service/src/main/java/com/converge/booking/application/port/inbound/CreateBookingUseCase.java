package com.converge.booking.application.port.inbound;

import com.converge.booking.domain.booking.Booking;
import io.smallrye.mutiny.Uni;

public interface CreateBookingUseCase {

    /** Prices the items with GST from the rate cards bookable at the address, stores the booking and publishes BookingCreated. */
    Uni<Booking> create(CreateBookingCommand command);
}
