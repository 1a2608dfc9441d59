package com.converge.booking.adapter.inbound.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AvailabilityRequest(
        @Schema(required = true, example = "2026-12-01") String date,
        @Schema(required = true, description = "Slot starts, India time", example = "[\"10:00\", \"12:00\"]") List<String> slots) {
}
