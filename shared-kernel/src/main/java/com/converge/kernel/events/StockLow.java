package com.converge.kernel.events;

import java.time.Instant;

/** A variant's available stock fell to or below its low-stock threshold. */
public record StockLow(String variantId, String sku, int available, int threshold, Instant detectedAt)
        implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return variantId;
    }
}
