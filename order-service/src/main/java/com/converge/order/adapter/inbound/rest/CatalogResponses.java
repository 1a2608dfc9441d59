package com.converge.order.adapter.inbound.rest;

import com.converge.order.application.port.outbound.Stock.InventoryItem;
import com.converge.order.domain.Product;
import com.converge.order.domain.StockLevel;
import com.converge.order.domain.Variant;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Response bodies of the catalog and stock endpoints. */
final class CatalogResponses {

    private CatalogResponses() {
    }

    record IdResponse(long id, String name) {
    }

    record ProductResponse(String id, String name, String description, long categoryId, Long brandId, List<String> imageUrls,
                           boolean active, Instant createdAt, List<VariantResponse> variants) {

        static ProductResponse of(Product p) {
            return new ProductResponse(p.id().toString(), p.name(), p.description(), p.categoryId(), p.brandId(), p.imageUrls(),
                    p.active(), p.createdAt(), p.variants().stream().map(VariantResponse::of).toList());
        }
    }

    record VariantResponse(String id, String sku, BigDecimal price, Map<String, String> attributes, boolean active) {

        static VariantResponse of(Variant v) {
            return new VariantResponse(v.id().toString(), v.sku(), v.price().amount(), v.attributes(), v.active());
        }
    }

    record ProductPage(List<ProductResponse> items, String nextCursor) {
    }

    record StockResponse(int onHand, int reserved, int available, int lowStockThreshold, String status) {

        static StockResponse of(StockLevel level) {
            return new StockResponse(level.onHand(), level.reserved(), level.available(), level.lowStockThreshold(),
                    level.status().name().toLowerCase(Locale.ROOT));
        }
    }

    record InventoryResponse(String variantId, String sku, String productName, StockResponse stock) {

        static InventoryResponse of(InventoryItem item) {
            return new InventoryResponse(item.variantId().toString(), item.sku(), item.productName(), StockResponse.of(item.level()));
        }
    }

    record InventoryPage(List<InventoryResponse> items, String nextCursor) {
    }
}
