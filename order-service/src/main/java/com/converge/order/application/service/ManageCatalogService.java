package com.converge.order.application.service;

import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.BusinessRuleViolation;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.ConflictException;
import com.converge.kernel.domain.TimeSource;
import com.converge.kernel.domain.UuidV7;
import com.converge.order.application.port.inbound.AddProductCommand;
import com.converge.order.application.port.inbound.CatalogNameCommand;
import com.converge.order.application.port.inbound.ManageCatalogUseCase;
import com.converge.order.application.port.outbound.Catalog;
import com.converge.order.application.port.outbound.Stock;
import com.converge.order.domain.Product;
import com.converge.order.domain.StockLevel;
import com.converge.order.domain.Variant;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public class ManageCatalogService implements ManageCatalogUseCase {

    private final UnitOfWork unitOfWork;
    private final Catalog catalog;
    private final Stock stock;
    private final TimeSource clock;

    public ManageCatalogService(UnitOfWork unitOfWork, Catalog catalog, Stock stock, TimeSource clock) {
        this.unitOfWork = unitOfWork;
        this.catalog = catalog;
        this.stock = stock;
        this.clock = clock;
    }

    @Override
    public Uni<Long> addCategory(CatalogNameCommand command) {
        return unitOfWork.transactionally(() -> catalog.addCategory(command.name()));
    }

    @Override
    public Uni<Long> addBrand(CatalogNameCommand command) {
        return unitOfWork.transactionally(() -> catalog.addBrand(command.name()));
    }

    @Override
    public Uni<Product> addProduct(AddProductCommand command, Caller caller) {
        Instant now = clock.now();
        UUID productId = UuidV7.next();
        List<Variant> variants = command.variants().stream()
                .map(v -> new Variant(UuidV7.next(), productId, v.sku(), v.price(), v.attributes(), true))
                .toList();
        Product product = new Product(productId, command.name(), command.description(), command.categoryId(),
                command.brandId(), command.imageUrls(), command.active(), now, variants);
        String by = Actors.of(caller);
        return unitOfWork.transactionally(() -> catalog.hasCategory(command.categoryId())
                .invoke(exists -> {
                    if (!exists) {
                        throw new BusinessRuleViolation("categoryId", "no category " + command.categoryId());
                    }
                })
                .chain(() -> command.brandId() == null ? Uni.createFrom().item(true) : catalog.hasBrand(command.brandId()))
                .invoke(exists -> {
                    if (!exists) {
                        throw new BusinessRuleViolation("brandId", "no brand " + command.brandId());
                    }
                })
                .chain(() -> catalog.variantsBySku(variants.stream().map(Variant::sku).toList()))
                .invoke(taken -> {
                    if (!taken.isEmpty()) {
                        throw new ConflictException("sku-taken", "SKU " + taken.get(0).variant().sku() + " is taken");
                    }
                })
                .chain(() -> catalog.addProduct(product))
                .chain(() -> InTurn.each(command.variants(), v -> stock.open(
                        variants.get(command.variants().indexOf(v)).id(), new StockLevel(v.onHand(), 0, v.lowStockThreshold()), by, now)))
                .replaceWith(product));
    }
}
