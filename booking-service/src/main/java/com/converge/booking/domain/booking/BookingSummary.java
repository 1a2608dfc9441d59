package com.converge.booking.domain.booking;

import com.converge.booking.domain.Pincode;
import com.converge.booking.domain.ServiceSlot;
import com.converge.booking.domain.provider.ProviderId;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A booking as a list shows it: what, when, where, for how much, and how far along. */
public record BookingSummary(BookingId id, CustomerId customerId, BookingStatus status, PaymentStatus paymentStatus,
                             Pincode pincode, ProviderId providerId, Money total, Instant createdAt, int rescheduleCount,
                             List<Visit> visits) {

    /** One item: the service, how many, and its slot. */
    public record Visit(int lineNo, String description, int quantity, ServiceSlot slot) {
    }

    public BookingSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        visits = List.copyOf(visits);
    }
}
