package com.converge.order.domain;

import com.converge.kernel.domain.Money;
import java.util.Objects;
import java.util.UUID;

/**
 * A line of a cart seen with the catalog and stock of now: the current price (a cart snapshots
 * nothing; the order does) and how much of the variant is available to order.
 */
public record CartItem(UUID variantId, UUID productId, long categoryId, String sku, String productName, Money unitPrice,
                       int quantity, boolean forSale, int available) {

    public CartItem {
        Objects.requireNonNull(variantId, "variantId");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Cart.checkedQuantity(quantity);
    }

    public enum Availability { IN_STOCK, SHORT, OUT_OF_STOCK, NOT_FOR_SALE }

    public Availability availability() {
        if (!forSale) {
            return Availability.NOT_FOR_SALE;
        }
        if (available <= 0) {
            return Availability.OUT_OF_STOCK;
        }
        return available < quantity ? Availability.SHORT : Availability.IN_STOCK;
    }

    public Money lineTotal() {
        return unitPrice.times(quantity);
    }

    Promo.PricedLine priced() {
        return new Promo.PricedLine(new OrderLine(variantId, sku, productName, unitPrice, quantity), productId, categoryId);
    }
}
