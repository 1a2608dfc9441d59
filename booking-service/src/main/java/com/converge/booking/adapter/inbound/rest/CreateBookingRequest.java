package com.converge.booking.adapter.inbound.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A booking. A customer may leave out customerId: it is taken from their token.")
public record CreateBookingRequest(
        @Schema(description = "Required for ADMIN", example = "42") Long customerId,
        @Schema(description = "One of the customer's addresses", example = "7") Long addressId,
        List<Item> items) {

    public record Item(
            @Schema(example = "12") Long rateCardId,
            @Schema(example = "1") Integer quantity,
            @Schema(example = "2026-12-01") String date,
            @Schema(description = "Slot start, India time", example = "10:00") String slot) {
    }
}
