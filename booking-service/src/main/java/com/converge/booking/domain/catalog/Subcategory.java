package com.converge.booking.domain.catalog;

import java.util.Objects;

public record Subcategory(int id, int categoryId, String name) {

    public Subcategory {
        Objects.requireNonNull(name, "name");
    }
}
