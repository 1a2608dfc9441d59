package com.converge.booking.domain.catalog;

import java.util.List;

/** A category as a pincode sees it: the subcategories with something bookable, and their rate cards. */
public record CatalogSection(Category category, List<Offer> offers) {

    public CatalogSection {
        offers = List.copyOf(offers);
    }

    public record Offer(Subcategory subcategory, List<RateCard> rateCards) {

        public Offer {
            rateCards = List.copyOf(rateCards);
        }
    }
}
