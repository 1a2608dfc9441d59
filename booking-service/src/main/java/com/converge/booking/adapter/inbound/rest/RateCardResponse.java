package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.domain.Pincode;
import com.converge.booking.domain.catalog.RateCard;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record RateCardResponse(@Schema(example = "220") long id,
                               @Schema(example = "17") int subcategoryId,
                               @Schema(example = "Festive tap repair") String name,
                               @Schema(description = "INR, GST excluded", example = "249.00") BigDecimal price,
                               @Schema(description = "INR, shown struck through", example = "299.00") BigDecimal strikePrice,
                               @Schema(example = "45") int durationMinutes,
                               @Schema(example = "2026-10-15T18:30:00Z") Instant activeFrom,
                               @Schema(example = "2026-11-15T18:30:00Z") Instant activeUntil,
                               @Schema(description = "Where it is offered; empty: everywhere", example = "[\"560001\", \"560038\"]")
                               List<String> pincodes) {

    static RateCardResponse of(RateCard card) {
        return new RateCardResponse(card.id(), card.subcategoryId(), card.name(), card.price().amount(),
                card.strikePrice() == null ? null : card.strikePrice().amount(), card.durationMinutes(), card.activeFrom(),
                card.activeUntil(), card.pincodes().stream().map(Pincode::value).sorted().toList());
    }
}
