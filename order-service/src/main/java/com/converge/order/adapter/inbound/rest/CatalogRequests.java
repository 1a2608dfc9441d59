package com.converge.order.adapter.inbound.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the catalog endpoints. */
final class CatalogRequests {

    private CatalogRequests() {
    }

    record NameRequest(@NotBlank @Size(max = 100) @Schema(example = "Phones") String name) {
    }

    record ProductRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Galaxy S24") String name,
            @Size(max = 5000) @Schema(example = "6.2-inch Dynamic AMOLED 2X display, 8 GB RAM, 256 GB storage") String description,
            @NotNull @Schema(example = "3") Long categoryId,
            @Schema(example = "7") Long brandId,
            @Schema(example = "[\"https://images.converge.local/products/galaxy-s24-black.jpg\"]")
            List<@NotBlank @Size(max = 500) String> imageUrls,
            @Schema(description = "false keeps it out of customers' search; default true") Boolean active,
            @NotEmpty List<@Valid @NotNull VariantRequest> variants) {
    }

    record VariantRequest(
            @NotBlank @Size(max = 64) @Schema(example = "SAMS24-256-BLK") String sku,
            @NotNull @Schema(example = "74999.00") BigDecimal price,
            @Schema(example = "{\"colour\": \"black\", \"storage\": \"256 GB\"}") Map<String, String> attributes,
            @PositiveOrZero @Schema(description = "opening stock", example = "25") int onHand,
            @PositiveOrZero @Schema(example = "5") int lowStockThreshold) {
    }

    record StockAdjustmentRequest(
            @Schema(description = "units on hand more (received) or fewer (damaged, lost)", example = "20") int delta,
            @PositiveOrZero @Schema(description = "left out: unchanged", example = "5") Integer lowStockThreshold,
            @NotBlank @Size(max = 30) @Schema(example = "received") String reason) {
    }
}
