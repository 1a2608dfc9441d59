package com.converge.order.domain;

import com.converge.kernel.domain.InvalidValueException;

/** A variant's stock: what is on hand, how much of it pending orders hold, and when it counts as low. */
public record StockLevel(int onHand, int reserved, int lowStockThreshold) {

    public StockLevel {
        if (onHand < 0) {
            throw new InvalidValueException("onHand", "is never negative");
        }
        if (reserved < 0 || reserved > onHand) {
            throw new InvalidValueException("reserved", "is between 0 and what is on hand");
        }
        if (lowStockThreshold < 0) {
            throw new InvalidValueException("lowStockThreshold", "is never negative");
        }
    }

    public int available() {
        return onHand - reserved;
    }

    public InventoryStatus status() {
        if (available() <= 0) {
            return InventoryStatus.OUT_OF_STOCK;
        }
        return available() <= lowStockThreshold ? InventoryStatus.LOW_STOCK : InventoryStatus.IN_STOCK;
    }

    public boolean canReserve(int quantity) {
        return available() >= quantity;
    }

    /** This level with {@code quantity} more held for an order; only what is available can be. */
    public StockLevel reserve(int quantity) {
        if (quantity <= 0) {
            throw new InvalidValueException("quantity", "a reservation is of at least one unit");
        }
        if (!canReserve(quantity)) {
            throw new InvalidValueException("quantity", "only " + available() + " available, " + quantity + " wanted");
        }
        return new StockLevel(onHand, reserved + quantity, lowStockThreshold);
    }

    /** True when this level is at or below the threshold and {@code before} was above it: StockLow fires once per crossing. */
    public boolean crossedLowThresholdSince(StockLevel before) {
        return before.available() > lowStockThreshold && available() <= lowStockThreshold;
    }
}
