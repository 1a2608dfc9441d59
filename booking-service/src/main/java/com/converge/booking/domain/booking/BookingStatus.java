package com.converge.booking.domain.booking;

import java.util.Locale;
import java.util.Set;

/** PENDING -> CONFIRMED -> IN_PROGRESS -> COMPLETED; PENDING or CONFIRMED -> CANCELLED. */
public enum BookingStatus {
    PENDING, CONFIRMED, IN_PROGRESS, COMPLETED, CANCELLED;

    public boolean mayMoveTo(BookingStatus next) {
        switch (this) {
            case PENDING:
                return Set.of(CONFIRMED, CANCELLED).contains(next);
            case CONFIRMED:
                return Set.of(IN_PROGRESS, CANCELLED).contains(next);
            case IN_PROGRESS:
                return next == COMPLETED;
            default:
                return false;
        }
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
