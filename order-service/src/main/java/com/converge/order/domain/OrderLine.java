package com.converge.order.domain;

import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Money;
import java.util.Objects;
import java.util.UUID;

/** One line of an order, with the price of the variant as it was when the order was placed. */
public record OrderLine(UUID variantId, String sku, String productName, Money unitPrice, int quantity) {

    public OrderLine {
        Objects.requireNonNull(variantId, "variantId");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (quantity < 1) {
            throw new InvalidValueException("quantity", "is at least 1");
        }
    }

    public Money lineTotal() {
        return unitPrice.times(quantity);
    }
}
