package com.converge.kernel.domain;

import java.util.Objects;
import java.util.UUID;

/** A booking, owned by booking-service. */
public record BookingId(UUID value) {

    public BookingId {
        Objects.requireNonNull(value, "bookingId");
    }

    public static BookingId next() {
        return new BookingId(UuidV7.next());
    }

    public static BookingId of(String value) {
        return new BookingId(UuidV7.parse("bookingId", value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
