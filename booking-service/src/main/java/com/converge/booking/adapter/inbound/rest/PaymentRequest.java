package com.converge.booking.adapter.inbound.rest;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record PaymentRequest(
        @Schema(required = true, example = "240.00") BigDecimal amount,
        @Schema(required = true, implementation = Vocabularies.Method.class) String method,
        @Schema(implementation = Vocabularies.Outcome.class) String outcome,
        @Schema(description = "The gateway's or collector's reference", example = "UPI-4711-0815") String reference,
        @Schema(description = "Required when the outcome is failed", example = "declined by the issuing bank") String failureReason) {
}
