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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the catalog and stock endpoints. */
final class CatalogResponses {

    private CatalogResponses() {
    }

    record IdResponse(@Schema(example = "3") long id, @Schema(example = "Phones") String name) {
    }

    record ProductResponse(@Schema(example = "01a0fb5c-1a62-7a3c-8e4f-1b2d6c9e07a1") String id,
                           @Schema(example = "Galaxy S24") String name,
                           @Schema(example = "6.2-inch Dynamic AMOLED 2X display, 8 GB RAM, 256 GB storage") String description,
                           @Schema(example = "3") long categoryId,
                           @Schema(example = "7") Long brandId,
                           @Schema(example = "[\"https://images.converge.local/products/galaxy-s24-black.jpg\"]") List<String> imageUrls,
                           boolean active,
                           @Schema(example = "2026-10-02T06:45:12.418250Z") Instant createdAt,
                           List<VariantResponse> variants) {

        static ProductResponse of(Product p) {
            return new ProductResponse(p.id().toString(), p.name(), p.description(), p.categoryId(), p.brandId(), p.imageUrls(),
                    p.active(), p.createdAt(), p.variants().stream().map(VariantResponse::of).toList());
        }
    }

    record VariantResponse(@Schema(example = "01a0fb5c-1a63-75d1-b9c7-e2f4a8b3c6d9") String id,
                           @Schema(example = "SAMS24-256-BLK") String sku,
                           @Schema(example = "74999.00") BigDecimal price,
                           @Schema(example = "{\"colour\": \"black\", \"storage\": \"256 GB\"}") Map<String, String> attributes,
                           boolean active) {

        static VariantResponse of(Variant v) {
            return new VariantResponse(v.id().toString(), v.sku(), v.price().amount(), v.attributes(), v.active());
        }
    }

    record ProductPage(List<ProductResponse> items,
                       @Schema(description = "null on the last page", example = "MjAyNi0xMC0wMlQwNjo0NToxMi40MTgyNTBaHzAxYTBmYjVjLTFhNjItN2EzYy04ZTRmLTFiMmQ2YzllMDdhMQ")
                       String nextCursor) {
    }

    record StockResponse(@Schema(example = "25") int onHand,
                         @Schema(description = "held by pending orders", example = "3") int reserved,
                         @Schema(example = "22") int available,
                         @Schema(example = "5") int lowStockThreshold,
                         @Schema(example = "in_stock") String status) {

        static StockResponse of(StockLevel level) {
            return new StockResponse(level.onHand(), level.reserved(), level.available(), level.lowStockThreshold(),
                    level.status().name().toLowerCase(Locale.ROOT));
        }
    }

    record InventoryResponse(@Schema(example = "01a0fb5c-1a63-75d1-b9c7-e2f4a8b3c6d9") String variantId,
                             @Schema(example = "SAMS24-256-BLK") String sku,
                             @Schema(example = "Galaxy S24") String productName,
                             StockResponse stock) {

        static InventoryResponse of(InventoryItem item) {
            return new InventoryResponse(item.variantId().toString(), item.sku(), item.productName(), StockResponse.of(item.level()));
        }
    }

    record InventoryPage(List<InventoryResponse> items,
                         @Schema(description = "null on the last page", example = "U0FNUzI0LTI1Ni1CTEs") String nextCursor) {
    }
}
