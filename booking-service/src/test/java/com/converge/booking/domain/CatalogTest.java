package com.converge.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.converge.booking.domain.catalog.Catalog;
import com.converge.booking.domain.catalog.CatalogSection;
import com.converge.booking.domain.catalog.Category;
import com.converge.booking.domain.catalog.RateCard;
import com.converge.booking.domain.catalog.Subcategory;
import com.converge.booking.domain.catalog.SupplyKind;
import com.converge.kernel.domain.Money;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private static final Instant NOON = Instant.parse("2026-12-01T06:30:00Z");
    private static final Pincode BENGALURU = new Pincode("560001");
    private static final Pincode KOCHI = new Pincode("682001");

    private static final Category CLEANING = new Category(1, "Home Cleaning", 2, SupplyKind.IMMOVABLE_PROPERTY);
    private static final Category PLUMBING = new Category(3, "Plumbing", 1, SupplyKind.IMMOVABLE_PROPERTY);
    private static final Subcategory BATHROOM = new Subcategory(10, 1, "Bathroom cleaning");
    private static final Subcategory KITCHEN = new Subcategory(11, 1, "Kitchen cleaning");
    private static final Subcategory TAPS = new Subcategory(17, 3, "Tap repair");

    private static RateCard card(long id, Subcategory subcategory, String price, Instant from, Instant until, Pincode... pincodes) {
        return new RateCard(id, subcategory.id(), "Card " + id, Money.of(price), null, 60, from, until, Set.of(pincodes));
    }

    private static Catalog catalog(RateCard... cards) {
        return new Catalog(List.of(CLEANING, PLUMBING), List.of(BATHROOM, KITCHEN, TAPS), List.of(cards));
    }

    @Test
    void aCardWithoutPincodesIsOfferedEverywhereAndOneWithPincodesOnlyThere() {
        Catalog catalog = catalog(card(1, TAPS, "199.00", null, null), card(2, BATHROOM, "499.00", null, null, BENGALURU));

        assertThat(cardIds(catalog.bookableAt(BENGALURU, NOON))).containsExactly(1L, 2L);
        assertThat(cardIds(catalog.bookableAt(KOCHI, NOON))).containsExactly(1L);
    }

    @Test
    void aCardIsBookableFromTheFirstInstantOfItsWindowUntilJustBeforeItsEnd() {
        Instant from = NOON.plusSeconds(3600);
        Instant until = from.plusSeconds(7200);
        Catalog catalog = catalog(card(7, TAPS, "149.00", from, until));

        assertThat(catalog.bookableAt(KOCHI, from.minusNanos(1000))).isEmpty();
        assertThat(cardIds(catalog.bookableAt(KOCHI, from))).containsExactly(7L);
        assertThat(cardIds(catalog.bookableAt(KOCHI, until.minusNanos(1000)))).containsExactly(7L);
        assertThat(catalog.bookableAt(KOCHI, until)).isEmpty();
    }

    @Test
    void openEndedWindowsStartOrNeverEnd() {
        Catalog catalog = catalog(card(1, TAPS, "100.00", null, NOON), card(2, KITCHEN, "200.00", NOON, null));

        assertThat(cardIds(catalog.bookableAt(KOCHI, NOON.minusSeconds(1)))).containsExactly(1L);
        assertThat(cardIds(catalog.bookableAt(KOCHI, NOON.plusSeconds(86_400L * 365)))).containsExactly(2L);
    }

    @Test
    void categoriesComeInDisplayOrderWithOnlyTheSubcategoriesThatHaveSomethingBookableCheapestFirst() {
        Catalog catalog = catalog(card(1, BATHROOM, "499.00", null, null), card(2, BATHROOM, "299.00", null, null),
                card(3, TAPS, "149.00", null, null), card(4, KITCHEN, "699.00", null, null, KOCHI));

        List<CatalogSection> sections = catalog.bookableAt(BENGALURU, NOON);

        assertThat(sections).extracting(section -> section.category().name()).containsExactly("Plumbing", "Home Cleaning");
        assertThat(sections.get(1).offers()).extracting(offer -> offer.subcategory().name()).containsExactly("Bathroom cleaning");
        assertThat(cardIds(sections)).containsExactly(3L, 2L, 1L);
    }

    @Test
    void aCategoryWithNothingBookableIsLeftOut() {
        Catalog catalog = catalog(card(1, TAPS, "149.00", null, null, KOCHI));

        assertThat(catalog.bookableAt(BENGALURU, NOON)).isEmpty();
    }

    private static List<Long> cardIds(List<CatalogSection> sections) {
        return sections.stream().flatMap(section -> section.offers().stream())
                .flatMap(offer -> offer.rateCards().stream()).map(RateCard::id).toList();
    }
}
