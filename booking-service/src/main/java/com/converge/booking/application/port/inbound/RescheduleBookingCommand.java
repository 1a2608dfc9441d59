package com.converge.booking.application.port.inbound;

import com.converge.booking.domain.ServiceSlot;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.InvalidValueException;
import java.util.Objects;

/** Move booking {@code bookingId} so that its first visit is in {@code to}. */
public record RescheduleBookingCommand(BookingId bookingId, ServiceSlot to, Caller caller) {

    public RescheduleBookingCommand {
        Objects.requireNonNull(bookingId, "bookingId");
        if (to == null) {
            throw new InvalidValueException("date", "is required");
        }
        Objects.requireNonNull(caller, "caller");
    }
}
