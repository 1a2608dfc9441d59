package com.converge.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
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

class PromoAndShippingTest {

    private static final Instant NOW = Instant.parse("2026-11-20T04:30:00Z");
    private static final UUID PHONE = UUID.randomUUID();
    private static final UUID CASE = UUID.randomUUID();
    private static final List<Promo.PricedLine> CART = List.of(
            new Promo.PricedLine(new OrderLine(UUID.randomUUID(), "PH", "Phone", Money.of("2000.00"), 1), PHONE, 1),
            new Promo.PricedLine(new OrderLine(UUID.randomUUID(), "CS", "Case", Money.of("500.00"), 2), CASE, 2));

    private static Promo promo(PromoKind kind, String amount, String minOrder, String maxDiscount, PromoScope scope, Set<String> ids) {
        return new Promo("SAVE", kind, new BigDecimal(amount), Money.of(minOrder), maxDiscount == null ? null : Money.of(maxDiscount),
                NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)), 10, 1, scope, ids);
    }

    @Test
    void aPercentageIsCappedByTheMaximumDiscount() {
        assertThat(promo(PromoKind.PERCENT, "10", "0", null, PromoScope.ALL, null).discountOn(CART, NOW)).isEqualTo(Money.of("300.00"));
        assertThat(promo(PromoKind.PERCENT, "10", "0", "250.00", PromoScope.ALL, null).discountOn(CART, NOW))
                .isEqualTo(Money.of("250.00"));
        assertThat(promo(PromoKind.PERCENT, "12.5", "0", null, PromoScope.ALL, null).discountOn(CART, NOW))
                .isEqualTo(Money.of("375.00"));
    }

    @Test
    void aFlatDiscountNeverExceedsWhatItAppliesTo() {
        assertThat(promo(PromoKind.FLAT, "150", "0", null, PromoScope.ALL, null).discountOn(CART, NOW)).isEqualTo(Money.of("150.00"));
        assertThat(promo(PromoKind.FLAT, "5000", "0", null, PromoScope.ALL, null).discountOn(CART, NOW)).isEqualTo(Money.of("3000.00"));
    }

    @Test
    void aScopedPromoDiscountsOnlyItsCategoriesOrProducts() {
        assertThat(promo(PromoKind.PERCENT, "10", "0", null, PromoScope.CATEGORIES, Set.of("2")).discountOn(CART, NOW))
                .isEqualTo(Money.of("100.00"));
        assertThat(promo(PromoKind.PERCENT, "10", "0", null, PromoScope.PRODUCTS, Set.of(PHONE.toString())).discountOn(CART, NOW))
                .isEqualTo(Money.of("200.00"));
        assertThatThrownBy(() -> promo(PromoKind.PERCENT, "10", "0", null, PromoScope.PRODUCTS, Set.of(UUID.randomUUID().toString()))
                .discountOn(CART, NOW)).isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void aPromoOutsideItsWindowOrUnderItsMinimumDoesNotApply() {
        Promo promo = promo(PromoKind.FLAT, "100", "3000.01", null, PromoScope.ALL, null);
        assertThatThrownBy(() -> promo.discountOn(CART, NOW))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.field()).isEqualTo("promoCode"));
        Promo fine = promo(PromoKind.FLAT, "100", "0", null, PromoScope.ALL, null);
        assertThatThrownBy(() -> fine.discountOn(CART, NOW.plus(Duration.ofDays(2)))).isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> fine.discountOn(CART, NOW.minus(Duration.ofDays(2)))).isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> promo(PromoKind.PERCENT, "101", "0", null, PromoScope.ALL, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("amount"));
    }

    @Test
    void theLongestPincodePrefixWinsThenTheStateAndLargeOrdersShipFree() {
        List<ShippingZone> zones = List.of(
                new ShippingZone(1L, "Karnataka", "Karnataka", null, Money.of("80.00"), Money.of("999.00")),
                new ShippingZone(2L, "Bengaluru", null, "560", Money.of("40.00"), Money.of("499.00")),
                new ShippingZone(3L, "Bengaluru central", null, "5600", Money.of("20.00"), null));
        assertThat(ShippingZone.forDestination(zones, new Destination("Karnataka", "560001")).id()).isEqualTo(3L);
        assertThat(ShippingZone.forDestination(zones, new Destination("Karnataka", "560100")).id()).isEqualTo(2L);
        assertThat(ShippingZone.forDestination(zones, new Destination("karnataka", "575001")).id()).isEqualTo(1L);
        assertThatThrownBy(() -> ShippingZone.forDestination(zones, new Destination("Goa", "403001")))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.field()).isEqualTo("shipTo.pincode"));
        assertThat(zones.get(1).feeFor(Money.of("498.99"))).isEqualTo(Money.of("40.00"));
        assertThat(zones.get(1).feeFor(Money.of("499.00"))).isEqualTo(Money.ZERO);
        assertThat(zones.get(2).feeFor(Money.of("100000.00"))).isEqualTo(Money.of("20.00"));
    }

    @Test
    void aDestinationNeedsAStateAndASixDigitPincode() {
        assertThatThrownBy(() -> new Destination(" ", "560001"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("shipTo.state"));
        for (String pincode : new String[]{null, "", "56000", "060001", "5600011"}) {
            assertThatThrownBy(() -> new Destination("KA", pincode))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("shipTo.pincode"));
        }
    }
}
