package com.converge.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.converge.kernel.domain.BusinessRuleViolation;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CartTest {

    private static final Instant NOW = Instant.parse("2026-11-20T04:30:00Z");
    private static final List<ShippingZone> ZONES = List.of(
            new ShippingZone(1L, "Karnataka", "Karnataka", null, Money.of("80.00"), Money.of("1000.00")),
            new ShippingZone(2L, "Bengaluru", null, "560", Money.of("40.00"), Money.of("5000.00")));

    private static CartItem item(String sku, String price, int quantity, boolean forSale, int available) {
        return new CartItem(UUID.randomUUID(), UUID.randomUUID(), 1, sku, "Phone " + sku, Money.of(price), quantity, forSale, available);
    }

    private static Promo promo(String minOrder) {
        return new Promo("SAVE10", PromoKind.PERCENT, BigDecimal.TEN, Money.of(minOrder), null, NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(1)), null, null, PromoScope.ALL, Set.of());
    }

    @Test
    void aQuantityIsBetweenOneAndTheMaximumAndTheErrorNamesTheField() {
        assertThatCode(() -> Cart.checkedQuantity(1)).doesNotThrowAnyException();
        assertThatCode(() -> Cart.checkedQuantity(Cart.MAX_QUANTITY)).doesNotThrowAnyException();
        for (int wrong : new int[]{0, -3, Cart.MAX_QUANTITY + 1}) {
            assertThatThrownBy(() -> Cart.checkedQuantity(wrong))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("quantity"));
        }
    }

    @Test
    void addingToALineBeyondWhatItMayHoldOrAddingALineToAFullCartBreaksARule() {
        assertThatCode(() -> Cart.refuseOverfullLine(Cart.MAX_QUANTITY)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Cart.refuseOverfullLine(Cart.MAX_QUANTITY + 1))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.field()).isEqualTo("quantity"));
        assertThatCode(() -> Cart.refuseNewLine(Cart.MAX_LINES - 1)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Cart.refuseNewLine(Cart.MAX_LINES))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.field()).isEqualTo("sku"));
    }

    @Test
    void eachLineSaysWhetherItCanBeOrderedAsItIs() {
        assertThat(item("A", "10.00", 2, true, 5).availability()).isEqualTo(CartItem.Availability.IN_STOCK);
        assertThat(item("A", "10.00", 2, true, 2).availability()).isEqualTo(CartItem.Availability.IN_STOCK);
        assertThat(item("A", "10.00", 3, true, 2).availability()).isEqualTo(CartItem.Availability.SHORT);
        assertThat(item("A", "10.00", 1, true, 0).availability()).isEqualTo(CartItem.Availability.OUT_OF_STOCK);
        assertThat(item("A", "10.00", 1, false, 9).availability()).isEqualTo(CartItem.Availability.NOT_FOR_SALE);
    }

    @Test
    void theSubtotalCountsOnlyWhatIsForSaleAtTodaysPrices() {
        Cart cart = new Cart(List.of(item("A", "300.00", 2, true, 5), item("B", "99.50", 1, true, 0), item("C", "1000.00", 1, false, 3)));
        assertThat(cart.subtotal()).isEqualTo(Money.of("699.50"));
        Cart.Totals totals = cart.totals(null, ZONES, null);
        assertThat(totals.shipping()).isNull();
        assertThat(totals.total()).isEqualTo(Money.of("699.50"));
    }

    @Test
    void theShippingPreviewUsesTheMostSpecificZoneAndWaivesTheFeeAboveItsThreshold() {
        Cart small = new Cart(List.of(item("A", "300.00", 1, true, 5)));
        assertThat(small.totals(null, ZONES, new Destination("Karnataka", "560001")).shipping()).isEqualTo(Money.of("40.00"));
        Cart.Totals toMysuru = small.totals(null, ZONES, new Destination("Karnataka", "570001"));
        assertThat(toMysuru.shipping()).isEqualTo(Money.of("80.00"));
        assertThat(toMysuru.total()).isEqualTo(Money.of("380.00"));
        Cart large = new Cart(List.of(item("A", "600.00", 2, true, 5)));
        assertThat(large.totals(null, ZONES, new Destination("Karnataka", "570001")).shipping()).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> small.totals(null, ZONES, new Destination("Goa", "403001")))
                .isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void aPromoPreviewDiscountsTheCartOrSaysWhyItDoesNotApply() {
        Cart cart = new Cart(List.of(item("A", "600.00", 2, true, 5), item("C", "1000.00", 1, false, 3)));
        Cart.PromoPreview applies = cart.preview("SAVE10", promo("0"), NOW);
        assertThat(applies.discount()).isEqualTo(Money.of("120.00"));
        assertThat(applies.notApplicable()).isNull();
        Cart.Totals totals = cart.totals(applies, ZONES, new Destination("Karnataka", "570001"));
        assertThat(totals.shipping()).isEqualTo(Money.ZERO);
        assertThat(totals.total()).isEqualTo(Money.of("1080.00"));

        Cart.PromoPreview tooSmall = cart.preview("SAVE10", promo("2000.00"), NOW);
        assertThat(tooSmall.discount()).isEqualTo(Money.ZERO);
        assertThat(tooSmall.notApplicable()).contains("at least 2000");
        assertThat(cart.preview("NOPE", null, NOW).notApplicable()).isEqualTo("no promo code NOPE");
        assertThat(cart.preview("SAVE10", promo("0"), NOW.plus(Duration.ofDays(2))).notApplicable()).contains("not valid now");
    }

    @Test
    void anEmptyCartCostsNothingAndPaysNoShipping() {
        Cart.Totals totals = new Cart(List.of()).totals(null, ZONES, new Destination("Goa", "403001"));
        assertThat(totals.total()).isEqualTo(Money.ZERO);
        assertThat(totals.shipping()).isNull();
    }
}
