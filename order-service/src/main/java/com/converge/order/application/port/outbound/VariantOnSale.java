package com.converge.order.application.port.outbound;

import com.converge.order.domain.Variant;

/** A variant with what an order line snapshots of its product. */
public record VariantOnSale(Variant variant, String productName, long categoryId, boolean productActive) {

    public boolean sellable() {
        return productActive && variant.active();
    }
}
