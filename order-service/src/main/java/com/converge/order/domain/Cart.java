package com.converge.order.domain;

import com.converge.kernel.domain.BusinessRuleViolation;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Money;
import java.time.Instant;
import java.util.List;

/**
 * A customer's cart priced now. What it would cost counts only the lines that are for sale; stock
 * is shown per line but held by nothing until an order is placed from the cart.
 */
public record Cart(List<CartItem> items) {

    /** The same bounds as an order's, so every cart can be placed as one. */
    public static final int MAX_LINES = 50;
    public static final int MAX_QUANTITY = 1000;

    public Cart {
        items = List.copyOf(items);
    }

    /** A quantity a client asked for: 1 to {@link #MAX_QUANTITY}, else a 400 naming {@code quantity}. */
    public static int checkedQuantity(int quantity) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new InvalidValueException("quantity", "is between 1 and " + MAX_QUANTITY);
        }
        return quantity;
    }

    /** What a line holds after adding to it; more than a line may hold is a 422. */
    public static void refuseOverfullLine(int quantityAfterAdding) {
        if (quantityAfterAdding > MAX_QUANTITY) {
            throw new BusinessRuleViolation("quantity", "a cart line holds at most " + MAX_QUANTITY);
        }
    }

    /** Before a new line is added to a cart of {@code lines} lines. */
    public static void refuseNewLine(int lines) {
        if (lines >= MAX_LINES) {
            throw new BusinessRuleViolation("sku", "a cart holds at most " + MAX_LINES + " lines");
        }
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public Money subtotal() {
        return items.stream().filter(CartItem::forSale).map(CartItem::lineTotal).reduce(Money.ZERO, Money::plus);
    }

    /**
     * What placing the cart would cost: the promo's discount when {@code promo} applies (a preview: how
     * often it was used is checked only when an order is placed), and the shipping fee when the cart
     * goes to a {@code shipTo} in one of {@code zones}.
     */
    public Totals totals(PromoPreview promo, List<ShippingZone> zones, Destination shipTo) {
        Money subtotal = subtotal();
        Money discount = promo == null ? Money.ZERO : promo.discount();
        Money shipping = shipTo == null || isEmpty() ? null : ShippingZone.forDestination(zones, shipTo).feeFor(subtotal.minus(discount));
        Money total = subtotal.minus(discount).plus(shipping == null ? Money.ZERO : shipping);
        return new Totals(subtotal, promo, shipping, total);
    }

    /** {@code code}'s discount on this cart, or why it does not apply. */
    public PromoPreview preview(String code, Promo promo, Instant now) {
        if (promo == null) {
            return new PromoPreview(code, Money.ZERO, "no promo code " + code);
        }
        List<Promo.PricedLine> lines = items.stream().filter(CartItem::forSale).map(CartItem::priced).toList();
        try {
            return new PromoPreview(code, promo.discountOn(lines, now), null);
        } catch (BusinessRuleViolation doesNotApply) {
            return new PromoPreview(code, Money.ZERO, doesNotApply.getMessage());
        }
    }

    public record PromoPreview(String code, Money discount, String notApplicable) {
    }

    /** {@code shipping} is null without a destination. */
    public record Totals(Money subtotal, PromoPreview promo, Money shipping, Money total) {
    }
}
