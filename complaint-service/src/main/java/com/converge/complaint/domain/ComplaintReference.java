package com.converge.complaint.domain;

import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.OrderId;
import java.util.Optional;

/** What a complaint is about: one booking, one order, or neither. */
public record ComplaintReference(BookingId bookingId, OrderId orderId) {

    public static final ComplaintReference NONE = new ComplaintReference(null, null);

    public ComplaintReference {
        if (bookingId != null && orderId != null) {
            throw new InvalidValueException("orderId", "a complaint references one booking or one order, not both");
        }
    }

    public Optional<BookingId> booking() {
        return Optional.ofNullable(bookingId);
    }

    public Optional<OrderId> order() {
        return Optional.ofNullable(orderId);
    }
}
