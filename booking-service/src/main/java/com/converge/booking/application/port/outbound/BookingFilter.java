package com.converge.booking.application.port.outbound;

import com.converge.booking.domain.booking.BookingStatus;
import com.converge.kernel.domain.CustomerId;
import java.time.Instant;
import java.util.Set;

/**
 * Which bookings a list shows: one customer's or everyone's (null), any of {@code statuses} (empty:
 * all), created in [{@code createdFrom}, {@code createdBefore}) when given, and after the cursor's
 * (created, id) when continuing a list.
 */
public record BookingFilter(CustomerId customer, Set<BookingStatus> statuses, Instant createdFrom, Instant createdBefore,
                            Instant afterCreatedAt, String afterId) {

    public BookingFilter {
        statuses = Set.copyOf(statuses);
        if ((afterCreatedAt == null) != (afterId == null)) {
            throw new IllegalArgumentException("a cursor has both a time and an id");
        }
    }
}
