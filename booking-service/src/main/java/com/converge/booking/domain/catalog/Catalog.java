package com.converge.booking.domain.catalog;

import com.converge.booking.domain.Pincode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The whole catalog, and what of it can be booked at one pincode at one moment. */
public record Catalog(List<Category> categories, List<Subcategory> subcategories, List<RateCard> rateCards) {

    public Catalog {
        categories = List.copyOf(categories);
        subcategories = List.copyOf(subcategories);
        rateCards = List.copyOf(rateCards);
    }

    /** Categories in display order, each with only its subcategories that have a bookable rate card. */
    public List<CatalogSection> bookableAt(Pincode pincode, Instant now) {
        Map<Integer, List<RateCard>> cardsBySubcategory = rateCards.stream()
                .filter(card -> card.isBookable(pincode, now))
                .sorted(Comparator.comparing(RateCard::price).thenComparingLong(RateCard::id))
                .collect(Collectors.groupingBy(RateCard::subcategoryId));
        List<CatalogSection> sections = new ArrayList<>();
        categories.stream().sorted(Comparator.comparingInt(Category::displayOrder)).forEach(category -> {
            List<CatalogSection.Offer> offers = subcategories.stream()
                    .filter(sub -> sub.categoryId() == category.id() && cardsBySubcategory.containsKey(sub.id()))
                    .sorted(Comparator.comparingInt(Subcategory::id))
                    .map(sub -> new CatalogSection.Offer(sub, cardsBySubcategory.get(sub.id())))
                    .toList();
            if (!offers.isEmpty()) {
                sections.add(new CatalogSection(category, offers));
            }
        });
        return sections;
    }
}
