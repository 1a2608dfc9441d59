package com.converge.order.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A product of the catalog and the variants it is sold as. */
public record Product(UUID id, String name, String description, long categoryId, Long brandId, List<String> imageUrls,
                      boolean active, Instant createdAt, List<Variant> variants) {

    public Product {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        imageUrls = List.copyOf(imageUrls);
        variants = List.copyOf(variants);
    }
}
