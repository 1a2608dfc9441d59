package com.converge.order.domain;

import com.converge.kernel.domain.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Something on a wishlist: one variant, or a whole product when {@code sku} is null (then
 * {@code price} is its lowest variant price). {@code forSale} as the catalog says now.
 */
public record WishedItem(UUID productId, UUID variantId, String sku, String productName, Money price, boolean forSale,
                         Instant addedAt) {

    public static final int MAX_ITEMS = 200;

    public WishedItem {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(addedAt, "addedAt");
        if ((variantId == null) != (sku == null)) {
            throw new IllegalArgumentException("a wished variant has its SKU, a wished product has neither");
        }
    }

    public boolean isVariant() {
        return variantId != null;
    }
}
