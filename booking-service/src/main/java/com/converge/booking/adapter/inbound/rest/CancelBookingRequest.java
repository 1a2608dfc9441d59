package com.converge.booking.adapter.inbound.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CancelBookingRequest(
        @Schema(required = true, example = "Plans changed") String reason,
        @Schema(implementation = Vocabularies.Destination.class) String refundTo) {
}
