package com.converge.order.application.service;

import com.converge.kernel.application.Page;
import com.converge.kernel.application.PageCursor;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.NotFoundException;
import com.converge.order.application.port.inbound.BrowseCatalogUseCase;
import com.converge.order.application.port.inbound.SearchProductsQuery;
import com.converge.order.application.port.outbound.Catalog;
import com.converge.order.application.port.outbound.ProductSearch;
import com.converge.order.domain.Product;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

public class BrowseCatalogService implements BrowseCatalogUseCase {

    private final UnitOfWork unitOfWork;
    private final Catalog catalog;

    public BrowseCatalogService(UnitOfWork unitOfWork, Catalog catalog) {
        this.unitOfWork = unitOfWork;
        this.catalog = catalog;
    }

    @Override
    public Uni<Page<Product>> search(SearchProductsQuery query) {
        Instant afterCreatedAt = null;
        UUID afterId = null;
        if (query.cursor() != null) {
            List<String> keys = PageCursor.decode(query.cursor(), 2);
            try {
                afterCreatedAt = Instant.parse(keys.get(0));
                afterId = UUID.fromString(keys.get(1));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new InvalidValueException("cursor", "is not a cursor this list gave out");
            }
        }
        ProductSearch search = new ProductSearch(query.text(), query.categoryId(), query.brandId(), !query.includeInactive(),
                afterCreatedAt, afterId);
        return unitOfWork.reading(() -> catalog.search(search, query.limit() + 1)).map(found -> {
            if (found.size() <= query.limit()) {
                return new Page<>(found, null);
            }
            List<Product> page = found.subList(0, query.limit());
            Product last = page.get(page.size() - 1);
            return new Page<>(page, PageCursor.encode(List.of(last.createdAt().toString(), last.id().toString())));
        });
    }

    @Override
    public Uni<Product> product(UUID id, Caller caller) {
        return unitOfWork.reading(() -> catalog.product(id)).map(found -> found
                .filter(product -> product.active() || caller.isStaff())
                .orElseThrow(() -> new NotFoundException("product", id)));
    }
}
