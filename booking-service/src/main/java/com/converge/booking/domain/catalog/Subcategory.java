package com.converge.booking.domain.catalog;

import com.converge.kernel.domain.InvalidValueException;

/**
 * A service of a category, shown in {@code displayOrder} within it (ties: by id). An inactive one is left
 * out of the catalog, and its rate cards cannot be booked.
 */
public record Subcategory(int id, int categoryId, String name, int displayOrder, boolean active) {

    public Subcategory {
        if (categoryId <= 0) {
            throw new InvalidValueException("categoryId", "is required");
        }
        name = CatalogName.checked(name);
        CatalogName.checkDisplayOrder(displayOrder);
    }
}
