package com.converge.booking.domain.catalog;

import com.converge.booking.domain.Pincode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The whole catalog, and what of it can be booked at one pincode at one moment. */
public record Catalog(List<Category> categories, List<Subcategory> subcategories, List<RateCard> rateCards) {

    public Catalog {
        categories = List.copyOf(categories);
        subcategories = List.copyOf(subcategories);
        rateCards = List.copyOf(rateCards);
    }

    public Optional<RateCard> rateCard(long id) {
        return rateCards.stream().filter(card -> card.id() == id).findFirst();
    }

    /**
     * The rate card if it can be booked at the pincode at that moment: its own window and pincodes allow it,
     * and its subcategory and category are active.
     */
    public Optional<RateCard> bookableRateCard(long id, Pincode pincode, Instant now) {
        return rateCard(id).filter(card -> {
            if (!card.isBookable(pincode, now)) {
                return false;
            }
            Subcategory subcategory = subcategoryOf(card);
            return subcategory.active() && categoryOf(subcategory).active();
        });
    }

    public Optional<Subcategory> subcategory(int id) {
        return subcategories.stream().filter(sub -> sub.id() == id).findFirst();
    }

    public Subcategory subcategoryOf(RateCard card) {
        return subcategories.stream().filter(sub -> sub.id() == card.subcategoryId()).findFirst()
                .orElseThrow(() -> new IllegalStateException("rate card " + card.id() + " has no subcategory"));
    }

    public Category categoryOf(Subcategory subcategory) {
        return categories.stream().filter(category -> category.id() == subcategory.categoryId()).findFirst()
                .orElseThrow(() -> new IllegalStateException("subcategory " + subcategory.id() + " has no category"));
    }

    /**
     * The active categories in display order, each with only its active subcategories (in their display order)
     * that have a bookable rate card.
     */
    public List<CatalogSection> bookableAt(Pincode pincode, Instant now) {
        Map<Integer, List<RateCard>> cardsBySubcategory = rateCards.stream()
                .filter(card -> card.isBookable(pincode, now))
                .sorted(Comparator.comparing(RateCard::price).thenComparingLong(RateCard::id))
                .collect(Collectors.groupingBy(RateCard::subcategoryId));
        List<CatalogSection> sections = new ArrayList<>();
        categories.stream().filter(Category::active)
                .sorted(Comparator.comparingInt(Category::displayOrder).thenComparingInt(Category::id)).forEach(category -> {
            List<CatalogSection.Offer> offers = subcategories.stream()
                    .filter(sub -> sub.active() && sub.categoryId() == category.id() && cardsBySubcategory.containsKey(sub.id()))
                    .sorted(Comparator.comparingInt(Subcategory::displayOrder).thenComparingInt(Subcategory::id))
                    .map(sub -> new CatalogSection.Offer(sub, cardsBySubcategory.get(sub.id())))
                    .toList();
            if (!offers.isEmpty()) {
                sections.add(new CatalogSection(category, offers));
            }
        });
        return sections;
    }
}
