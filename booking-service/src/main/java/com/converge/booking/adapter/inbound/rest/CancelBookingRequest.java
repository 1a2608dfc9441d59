package com.converge.booking.adapter.inbound.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CancelBookingRequest(@Schema(example = "Plans changed") String reason) {
}
