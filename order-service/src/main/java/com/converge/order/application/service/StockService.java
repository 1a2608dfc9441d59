package com.converge.order.application.service;

import com.converge.kernel.application.Page;
import com.converge.kernel.application.PageCursor;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.ConflictException;
import com.converge.kernel.domain.NotFoundException;
import com.converge.kernel.domain.TimeSource;
import com.converge.order.application.port.inbound.AdjustStockCommand;
import com.converge.order.application.port.inbound.StockUseCase;
import com.converge.order.application.port.outbound.OrderEvents;
import com.converge.order.application.port.outbound.Stock;
import com.converge.order.application.port.outbound.Stock.InventoryItem;
import com.converge.order.domain.InventoryStatus;
import com.converge.order.domain.StockLevel;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;

public class StockService implements StockUseCase {

    private final UnitOfWork unitOfWork;
    private final Stock stock;
    private final OrderEvents events;
    private final TimeSource clock;

    public StockService(UnitOfWork unitOfWork, Stock stock, OrderEvents events, TimeSource clock) {
        this.unitOfWork = unitOfWork;
        this.stock = stock;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Uni<StockLevel> adjust(AdjustStockCommand command) {
        Instant now = clock.now();
        return unitOfWork.transactionally(() -> stock.adjust(command.variantId(), command.delta(), command.lowStockThreshold(),
                        command.reason(), command.adjustedBy(), now)
                .chain(change -> {
                    if (change.isPresent()) {
                        return events.stockChanged(List.of(change.get()), now).replaceWith(change.get().after());
                    }
                    return stock.level(command.variantId()).map(level -> {
                        StockLevel current = level.orElseThrow(() -> new NotFoundException("variant", command.variantId()));
                        throw new ConflictException("below-reserved", "on hand would be " + (current.onHand() + command.delta())
                                + " but " + current.reserved() + " are reserved by pending orders");
                    });
                }));
    }

    @Override
    public Uni<Page<InventoryItem>> inventory(InventoryStatus status, String cursor, int limit) {
        String afterSku = cursor == null ? null : PageCursor.decode(cursor, 1).get(0);
        return unitOfWork.reading(() -> stock.inventory(status, afterSku, limit + 1)).map(found -> {
            if (found.size() <= limit) {
                return new Page<>(found, null);
            }
            List<InventoryItem> page = found.subList(0, limit);
            return new Page<>(page, PageCursor.encode(List.of(page.get(page.size() - 1).sku())));
        });
    }
}
