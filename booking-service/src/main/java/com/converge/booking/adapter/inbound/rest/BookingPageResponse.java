package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.domain.booking.BookingSummary;
import com.converge.kernel.application.Page;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of bookings, newest first; {@code nextCursor} is null on the last page. */
public record BookingPageResponse(List<Summary> items,
                                  @Schema(example = "MjAyNi0xMS0yOFQwNjo0MjoxNy4zMTgyMDRaHzAxYTIyMGUzLWU5MjgtNzFjMS1iNzE0LTlkNDM5NTM2YjMyMQ")
                                  String nextCursor) {

    public record Summary(@Schema(example = "01a220e3-e928-71c1-b714-9d439536b321") String id,
                          @Schema(example = "42") long customerId,
                          @Schema(example = "completed") String status,
                          @Schema(example = "refunded") String paymentStatus,
                          @Schema(example = "560038") String pincode,
                          @Schema(example = "01a139af-6b40-7a4c-9123-b1612dd272d1") String providerId,
                          @Schema(example = "706.82") BigDecimal totalAmount,
                          @Schema(example = "2026-11-28T06:42:17.318204Z") Instant createdAt,
                          @Schema(example = "1") int rescheduleCount,
                          List<Visit> items) {
    }

    public record Visit(@Schema(example = "1") int lineNo,
                        @Schema(example = "Geyser Repair - Standard") String description,
                        @Schema(example = "1") int quantity,
                        @Schema(example = "2026-12-02") String date,
                        @Schema(example = "12:00") String slot) {
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
