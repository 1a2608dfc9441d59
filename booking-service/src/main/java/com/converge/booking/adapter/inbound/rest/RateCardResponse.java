package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.domain.Pincode;
import com.converge.booking.domain.catalog.RateCard;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

public record RateCardResponse(long id, int subcategoryId, String name, BigDecimal price, BigDecimal strikePrice,
                               int durationMinutes, Instant activeFrom, Instant activeUntil, List<String> pincodes) {

    static RateCardResponse of(RateCard card) {
        return new RateCardResponse(card.id(), card.subcategoryId(), card.name(), card.price().amount(),
                card.strikePrice() == null ? null : card.strikePrice().amount(), card.durationMinutes(), card.activeFrom(),
                card.activeUntil(), card.pincodes().stream().map(Pincode::value).sorted().toList());
    }
}
