package com.converge.order.application.port.outbound;

import com.converge.order.domain.InventoryStatus;
import com.converge.order.domain.StockChange;
import com.converge.order.domain.StockLevel;
import com.converge.order.domain.StockMovement;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Stock per variant. Every change is a conditional update that cannot take available stock below
 * zero however many run at once, and writes its inventory-ledger row in the same transaction.
 */
public interface Stock {

    Uni<Void> open(UUID variantId, StockLevel level, String by, Instant at);

    /**
     * Reserves every variant's quantity in {@code demand}. The result lists what was changed and, for
     * each variant that had too little, how much was available; the caller rolls back on any shortage.
     */
    Uni<ReservationAttempt> reserve(Map<UUID, Integer> demand, String reference, String by, Instant at);

    /** Commits, releases or restocks {@code demand}. */
    Uni<List<StockChange>> move(StockMovement movement, Map<UUID, Integer> demand, String reference, String by, Instant at);

    /**
     * Changes what is on hand by {@code delta} (and the threshold when given); empty if that would put
     * on hand below what is reserved.
     */
    Uni<Optional<StockChange>> adjust(UUID variantId, int delta, Integer lowStockThreshold, String reason, String by, Instant at);

    Uni<Optional<StockLevel>> level(UUID variantId);

    /** The levels of those of {@code variantIds} that have stock. */
    Uni<Map<UUID, StockLevel>> levels(Collection<UUID> variantIds);

    /** Variants in SKU order after {@code afterSku}, only those in {@code status} when given. */
    Uni<List<InventoryItem>> inventory(InventoryStatus status, String afterSku, int limit);

    record ReservationAttempt(List<StockChange> changes, Map<UUID, Integer> shortVariantsAvailable) {

        public boolean complete() {
            return shortVariantsAvailable.isEmpty();
        }
    }

    record InventoryItem(UUID variantId, String sku, String productName, StockLevel level) {
    }
}
