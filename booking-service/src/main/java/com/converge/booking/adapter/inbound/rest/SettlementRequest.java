package com.converge.booking.adapter.inbound.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record SettlementRequest(
        @Schema(required = true, example = "0190f3a4-5b6c-7d8e-9f00-112233445566") String providerId,
        @Schema(required = true, description = "First day, India time", example = "2026-11-01") String periodStart,
        @Schema(required = true, description = "Last day, included", example = "2026-11-15") String periodEnd) {
}
