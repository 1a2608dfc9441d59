package com.converge.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.converge.booking.domain.catalog.Catalog;
import com.converge.booking.domain.catalog.CatalogSection;
import com.converge.booking.domain.catalog.Category;
import com.converge.booking.domain.catalog.RateCard;
import com.converge.booking.domain.catalog.Subcategory;
import com.converge.booking.domain.catalog.SupplyKind;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Money;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private static final Instant NOON = Instant.parse("2026-12-01T06:30:00Z");
    private static final Pincode BENGALURU = new Pincode("560001");
    private static final Pincode KOCHI = new Pincode("682001");

    private static final Category CLEANING = new Category(1, "Home Cleaning", 2, SupplyKind.IMMOVABLE_PROPERTY, true);
    private static final Category PLUMBING = new Category(3, "Plumbing", 1, SupplyKind.IMMOVABLE_PROPERTY, true);
    private static final Subcategory BATHROOM = new Subcategory(10, 1, "Bathroom cleaning", 1, true);
    private static final Subcategory KITCHEN = new Subcategory(11, 1, "Kitchen cleaning", 2, true);
    private static final Subcategory TAPS = new Subcategory(17, 3, "Tap repair", 1, true);

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

    @Test
    void anInactiveCategoryOrSubcategoryIsLeftOutAndItsCardsCannotBeBooked() {
        Category closedCleaning = new Category(1, "Home Cleaning", 2, SupplyKind.IMMOVABLE_PROPERTY, false);
        Subcategory closedKitchen = new Subcategory(11, 1, "Kitchen cleaning", 2, false);
        RateCard bathroom = card(1, BATHROOM, "499.00", null, null);
        RateCard kitchen = card(2, KITCHEN, "699.00", null, null);
        RateCard taps = card(3, TAPS, "149.00", null, null);

        Catalog withoutKitchen = new Catalog(List.of(CLEANING, PLUMBING), List.of(BATHROOM, closedKitchen, TAPS),
                List.of(bathroom, kitchen, taps));
        assertThat(cardIds(withoutKitchen.bookableAt(BENGALURU, NOON))).containsExactly(3L, 1L);
        assertThat(withoutKitchen.bookableRateCard(2, BENGALURU, NOON)).isEmpty();
        assertThat(withoutKitchen.bookableRateCard(1, BENGALURU, NOON)).contains(bathroom);

        Catalog withoutCleaning = new Catalog(List.of(closedCleaning, PLUMBING), List.of(BATHROOM, KITCHEN, TAPS),
                List.of(bathroom, kitchen, taps));
        assertThat(withoutCleaning.bookableAt(BENGALURU, NOON)).extracting(section -> section.category().name())
                .containsExactly("Plumbing");
        assertThat(withoutCleaning.bookableRateCard(1, BENGALURU, NOON)).isEmpty();
        assertThat(withoutCleaning.bookableRateCard(3, BENGALURU, NOON)).contains(taps);
    }

    @Test
    void subcategoriesComeInTheirDisplayOrderAndTiesGoById() {
        Subcategory kitchenFirst = new Subcategory(11, 1, "Kitchen cleaning", 1, true);
        Subcategory sofa = new Subcategory(12, 1, "Sofa cleaning", 1, true);
        Subcategory bathroomLast = new Subcategory(10, 1, "Bathroom cleaning", 5, true);
        Catalog catalog = new Catalog(List.of(CLEANING), List.of(bathroomLast, sofa, kitchenFirst),
                List.of(card(1, bathroomLast, "1.00", null, null), card(2, kitchenFirst, "1.00", null, null),
                        card(3, sofa, "1.00", null, null)));

        assertThat(catalog.bookableAt(BENGALURU, NOON).get(0).offers()).extracting(offer -> offer.subcategory().name())
                .containsExactly("Kitchen cleaning", "Sofa cleaning", "Bathroom cleaning");
    }

    @Test
    void namesAreNeededAndTrimmedAndDisplayOrdersStartAtOne() {
        assertThat(new Category(0, "  Gardening ", 1, SupplyKind.GENERAL, true).name()).isEqualTo("Gardening");
        assertThatThrownBy(() -> new Category(0, " ", 1, SupplyKind.GENERAL, true))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> new Category(0, "x".repeat(101), 1, SupplyKind.GENERAL, true))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> new Category(0, "Gardening", 0, SupplyKind.GENERAL, true))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("displayOrder"));
        assertThatThrownBy(() -> new Category(0, "Gardening", 1, null, true))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("supplyKind"));
        assertThatThrownBy(() -> new Subcategory(0, 0, "Lawns", 1, true))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("categoryId"));
        assertThatThrownBy(() -> SupplyKind.fromWire("supplyKind", "goods"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("supplyKind"));
        assertThat(SupplyKind.fromWire("supplyKind", "performed_in_person")).isEqualTo(SupplyKind.PERFORMED_IN_PERSON);
    }

    private static List<Long> cardIds(List<CatalogSection> sections) {
        return sections.stream().flatMap(section -> section.offers().stream())
                .flatMap(offer -> offer.rateCards().stream()).map(RateCard::id).toList();
    }
}
