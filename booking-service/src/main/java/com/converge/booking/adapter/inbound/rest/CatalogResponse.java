package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.domain.catalog.CatalogSection;
import com.converge.booking.domain.catalog.RateCard;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

public record CatalogResponse(String pincode, List<CategoryView> categories) {

    public record CategoryView(int id, String name, int displayOrder, List<SubcategoryView> subcategories) {
    }

    public record SubcategoryView(int id, String name, List<RateCardView> rateCards) {
    }

    public record RateCardView(long id, String name, BigDecimal price, BigDecimal strikePrice, int durationMinutes,
                               Instant activeFrom, Instant activeUntil, List<String> pincodes) {

        static RateCardView of(RateCard card) {
            return new RateCardView(card.id(), card.name(), card.price().amount(),
                    card.strikePrice() == null ? null : card.strikePrice().amount(), card.durationMinutes(),
                    card.activeFrom(), card.activeUntil(),
                    card.pincodes().stream().map(p -> p.value()).sorted().toList());
        }
    }

    static CatalogResponse of(String pincode, List<CatalogSection> sections) {
        return new CatalogResponse(pincode, sections.stream().map(section -> new CategoryView(
                section.category().id(), section.category().name(), section.category().displayOrder(),
                section.offers().stream().map(offer -> new SubcategoryView(offer.subcategory().id(), offer.subcategory().name(),
                        offer.rateCards().stream().map(RateCardView::of).toList())).toList())).toList());
    }
}
