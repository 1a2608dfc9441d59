package com.converge.booking.adapter.inbound.rest;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record WalletEntryRequest(
        @Schema(required = true, implementation = Vocabularies.Direction.class) String direction,
        @Schema(required = true, example = "150.00") BigDecimal amount,
        @Schema(required = true, implementation = Vocabularies.Reason.class) String reason,
        @Schema(description = "What the money is for: a ticket, booking or note", example = "goodwill-2026-11") String reference) {
}
