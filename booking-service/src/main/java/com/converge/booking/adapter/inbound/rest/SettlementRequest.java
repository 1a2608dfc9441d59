package com.converge.booking.adapter.inbound.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record SettlementRequest(
        @Schema(required = true, example = "01a139af-6b40-7a4c-9123-b1612dd272d1") String providerId,
        @Schema(required = true, description = "First day, India time", example = "2026-12-01") String periodStart,
        @Schema(required = true, description = "Last day, included", example = "2026-12-15") String periodEnd) {
}
