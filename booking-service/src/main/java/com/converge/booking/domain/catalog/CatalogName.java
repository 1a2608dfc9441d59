package com.converge.booking.domain.catalog;

import com.converge.kernel.domain.InvalidValueException;

/** The rules a category's and a subcategory's name and display order share. */
final class CatalogName {

    static final int MAX = 100;

    private CatalogName() {
    }

    static String checked(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "is required");
        }
        String stripped = name.strip();
        if (stripped.length() > MAX) {
            throw new InvalidValueException("name", "is longer than " + MAX + " characters");
        }
        return stripped;
    }

    static void checkDisplayOrder(int displayOrder) {
        if (displayOrder < 1) {
            throw new InvalidValueException("displayOrder", "must be 1 or more");
        }
    }
}
