package com.converge.booking.adapter.inbound.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A booking. A customer may leave out customerId: it is taken from their token.")
public record CreateBookingRequest(
        @Schema(description = "Required for ADMIN", example = "42") Long customerId,
        @Schema(required = true, description = "One of the customer's addresses", example = "7") Long addressId,
        @Schema(required = true) List<Item> items) {

    @Schema(name = "NewBookingItem")
    public record Item(
            @Schema(required = true, example = "12") Long rateCardId,
            @Schema(example = "1") Integer quantity,
            @Schema(required = true, example = "2026-12-01") String date,
            @Schema(required = true, description = "Slot start, India time", example = "10:00") String slot) {
    }
}
