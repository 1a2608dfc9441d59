package com.converge.booking.application.port.inbound;

import com.converge.booking.domain.catalog.Category;
import com.converge.booking.domain.catalog.SupplyKind;

/** A category as ADMIN wants it; its values are checked by the category it becomes. */
public record CategoryCommand(String name, int displayOrder, SupplyKind supplyKind, boolean active) {

    public CategoryCommand {
        // the fields are not assigned yet inside this constructor, so its parameters are checked
        name = new Category(0, name, displayOrder, supplyKind, active).name();
    }

    /** The category with this id, or 0 before the database numbers it. */
    public Category category(int id) {
        return new Category(id, name, displayOrder, supplyKind, active);
    }
}
