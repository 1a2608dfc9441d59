package com.converge.order.application.port.inbound;

import com.converge.kernel.application.Page;
import com.converge.order.application.port.outbound.Stock.InventoryItem;
import com.converge.order.domain.InventoryStatus;
import com.converge.order.domain.StockLevel;
import io.smallrye.mutiny.Uni;

public interface StockUseCase {

    /** Refused (409) if on hand would fall below what pending orders hold. */
    Uni<StockLevel> adjust(AdjustStockCommand command);

    /** Every variant's stock and status in SKU order, only {@code status} when given. */
    Uni<Page<InventoryItem>> inventory(InventoryStatus status, String cursor, int limit);
}
