package com.converge.booking.adapter.inbound.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CancelBookingRequest(
        @Schema(required = true, example = "Plans changed") String reason,
        @Schema(description = "Where what was paid beyond the fee goes back; default original_method",
                enumeration = {"wallet", "original_method"}) String refundTo) {
}
