package com.converge.booking.application.port.inbound;

import com.converge.booking.domain.booking.BookingStatus;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A page of bookings: of {@code customer} (null: everyone's, staff only; a customer's list is always
 * their own), in any of {@code statuses} (empty: all), created between {@code from} and {@code to}
 * (India dates, inclusive, either open), continuing after {@code cursor} (the previous page's nextCursor).
 */
public record ListBookingsQuery(CustomerId customer, Set<BookingStatus> statuses, LocalDate from, LocalDate to, String cursor,
                                int limit, Caller caller) {

    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 20;

    public ListBookingsQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidValueException("to", "is before from");
        }
        Objects.requireNonNull(caller, "caller");
    }
}
