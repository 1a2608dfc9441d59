package com.converge.booking.adapter.inbound.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record RescheduleRequest(@Schema(required = true, description = "The new date of the first visit", example = "2026-12-01") String date,
                                @Schema(required = true, description = "Its slot: 08:00, 10:00, 12:00, 14:00, 16:00 or 18:00", example = "10:00") String slot) {
}
