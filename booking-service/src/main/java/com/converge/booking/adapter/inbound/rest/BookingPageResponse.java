package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.domain.booking.BookingSummary;
import com.converge.kernel.application.Page;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A page of bookings, newest first; {@code nextCursor} is null on the last page. */
public record BookingPageResponse(List<Summary> items, String nextCursor) {

    public record Summary(String id, long customerId, String status, String paymentStatus, String pincode, String providerId,
                          BigDecimal totalAmount, Instant createdAt, int rescheduleCount, List<Visit> items) {
    }

    public record Visit(int lineNo, String description, int quantity, String date, String slot) {
    }

    static BookingPageResponse of(Page<BookingSummary> page) {
        return new BookingPageResponse(page.items().stream().map(BookingPageResponse::summary).toList(), page.nextCursor());
    }

    private static Summary summary(BookingSummary booking) {
        return new Summary(booking.id().toString(), booking.customerId().value(), booking.status().wireName(),
                booking.paymentStatus().wireName(), booking.pincode().value(),
                booking.providerId() == null ? null : booking.providerId().toString(), booking.total().amount(),
                booking.createdAt(), booking.rescheduleCount(), booking.visits().stream()
                .map(visit -> new Visit(visit.lineNo(), visit.description(), visit.quantity(), visit.slot().date().toString(),
                        visit.slot().startText())).toList());
    }
}
