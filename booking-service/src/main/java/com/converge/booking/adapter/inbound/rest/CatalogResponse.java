package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.domain.catalog.CatalogSection;
import com.converge.booking.domain.catalog.RateCard;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CatalogResponse(@Schema(example = "560001") String pincode, List<CategoryView> categories) {

    public record CategoryView(@Schema(example = "9") int id,
                               @Schema(example = "Car Care") String name,
                               @Schema(example = "9") int displayOrder,
                               List<SubcategoryView> subcategories) {
    }

    public record SubcategoryView(@Schema(example = "53") int id,
                                  @Schema(example = "Car Wash at Home") String name,
                                  List<RateCardView> rateCards) {
    }

    public record RateCardView(@Schema(example = "165") long id,
                               @Schema(example = "Premium") String name,
                               @Schema(description = "INR, GST excluded", example = "824.00") BigDecimal price,
                               @Schema(description = "INR, shown struck through", example = "988.00") BigDecimal strikePrice,
                               @Schema(example = "90") int durationMinutes,
                               @Schema(example = "2026-10-15T18:30:00Z") Instant activeFrom,
                               @Schema(example = "2027-03-31T18:30:00Z") Instant activeUntil,
                               @Schema(description = "Where it is offered; empty: everywhere",
                                       example = "[\"110001\", \"400001\", \"560001\", \"560034\"]") List<String> pincodes) {

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
