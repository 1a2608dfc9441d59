package com.converge.booking.adapter.inbound.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record RateCardRequest(
        @Schema(example = "17") Integer subcategoryId,
        @Schema(example = "Festive tap repair") String name,
        @Schema(description = "INR, GST excluded", example = "249.00") BigDecimal price,
        @Schema(description = "INR, shown struck through; more than the price", example = "299.00") BigDecimal strikePrice,
        @Schema(example = "45") Integer durationMinutes,
        @Schema(description = "Bookable from this instant; none: at once", example = "2026-10-15T18:30:00Z") Instant activeFrom,
        @Schema(description = "Bookable until this instant (excluded); none: for ever", example = "2026-11-15T18:30:00Z") Instant activeUntil,
        @Schema(description = "Where it is offered; none or empty: everywhere", example = "[\"560001\", \"560038\"]") List<String> pincodes) {
}
