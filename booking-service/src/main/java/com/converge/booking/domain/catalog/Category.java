package com.converge.booking.domain.catalog;

import com.converge.kernel.domain.InvalidValueException;

/**
 * A group of services shown in {@code displayOrder} (ties: by id), whose supply kind decides the GST place
 * of supply of all of them. An inactive category is left out of the catalog with everything in it.
 */
public record Category(int id, String name, int displayOrder, SupplyKind supplyKind, boolean active) {

    public Category {
        name = CatalogName.checked(name);
        CatalogName.checkDisplayOrder(displayOrder);
        if (supplyKind == null) {
            throw new InvalidValueException("supplyKind", "is required");
        }
    }
}
