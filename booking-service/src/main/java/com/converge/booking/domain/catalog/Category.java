package com.converge.booking.domain.catalog;

import java.util.Objects;

public record Category(int id, String name, int displayOrder, SupplyKind supplyKind) {

    public Category {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(supplyKind, "supplyKind");
    }
}
