package com.converge.order.application.port.inbound;

import com.converge.kernel.domain.InvalidValueException;
import java.util.UUID;

/** Received, damaged, counted: {@code delta} units on hand more or fewer, and optionally a new low-stock threshold. */
public record AdjustStockCommand(UUID variantId, int delta, Integer lowStockThreshold, String reason, String adjustedBy) {

    public AdjustStockCommand {
        Require.present(variantId, "variantId");
        reason = Require.text(reason, "reason", 30);
        if (delta == 0 && lowStockThreshold == null) {
            throw new InvalidValueException("delta", "changes the stock or the threshold");
        }
        if (lowStockThreshold != null && lowStockThreshold < 0) {
            throw new InvalidValueException("lowStockThreshold", "is never negative");
        }
        Require.present(adjustedBy, "adjustedBy");
    }
}
