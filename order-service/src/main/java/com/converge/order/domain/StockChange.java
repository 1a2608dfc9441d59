package com.converge.order.domain;

import java.util.UUID;

/** What one change did to a variant's stock. */
public record StockChange(UUID variantId, String sku, StockLevel before, StockLevel after) {

    public boolean crossedLowThreshold() {
        return after.crossedLowThresholdSince(before);
    }
}
