package com.converge.booking.adapter.inbound.rest;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record RefundRequest(
        @Schema(required = true, example = "150.00") BigDecimal amount,
        @Schema(implementation = Vocabularies.Destination.class) String destination,
        @Schema(required = true, example = "Technician arrived two hours late") String reason) {
}
