package com.converge.booking.domain.booking;

import com.converge.kernel.domain.InvalidValueException;
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

    /** A status as clients write it ("confirmed"); anything else is a 400 naming {@code field}. */
    public static BookingStatus fromWire(String field, String text) {
        for (BookingStatus status : values()) {
            if (status.wireName().equals(text == null ? null : text.strip().toLowerCase(Locale.ROOT))) {
                return status;
            }
        }
        throw new InvalidValueException(field, "must be one of pending, confirmed, in_progress, completed, cancelled");
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
