package com.converge.order.domain;

import com.converge.kernel.domain.Money;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** One sellable form of a product (size, colour, ...) with its own SKU, price and stock. */
public record Variant(UUID id, UUID productId, String sku, Money price, Map<String, String> attributes, boolean active) {

    public Variant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(price, "price");
        attributes = Map.copyOf(attributes);
    }
}
