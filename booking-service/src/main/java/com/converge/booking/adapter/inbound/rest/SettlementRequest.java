package com.converge.booking.adapter.inbound.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record SettlementRequest(
        @Schema(description = "First day, India time", example = "2026-11-01") String periodStart,
        @Schema(description = "Last day, included", example = "2026-11-15") String periodEnd) {
}
