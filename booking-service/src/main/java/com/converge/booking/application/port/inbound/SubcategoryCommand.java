package com.converge.booking.application.port.inbound;

import com.converge.booking.domain.catalog.Subcategory;

/** A subcategory as ADMIN wants it; its values are checked by the subcategory it becomes. */
public record SubcategoryCommand(int categoryId, String name, int displayOrder, boolean active) {

    public SubcategoryCommand {
        // the fields are not assigned yet inside this constructor, so its parameters are checked
        name = new Subcategory(0, categoryId, name, displayOrder, active).name();
    }

    /** The subcategory with this id, or 0 before the database numbers it. */
    public Subcategory subcategory(int id) {
        return new Subcategory(id, categoryId, name, displayOrder, active);
    }
}
