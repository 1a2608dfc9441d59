package com.converge.booking.application.port.inbound;

import com.converge.booking.domain.catalog.Category;
import com.converge.booking.domain.catalog.Subcategory;
import io.smallrye.mutiny.Uni;

/**
 * ADMIN shapes the catalog: categories and their subcategories, their names, display order and whether
 * they are offered. Every later catalog read of this service sees a change. A name taken already (in
 * the category, for a subcategory) is a 409 duplicate-name.
 */
public interface ManageCatalogUseCase {

    Uni<Category> addCategory(CategoryCommand command);

    /** 404 for an unknown category. */
    Uni<Category> changeCategory(int id, CategoryCommand command);

    /** 422 naming {@code categoryId} for an unknown category. */
    Uni<Subcategory> addSubcategory(SubcategoryCommand command);

    /** 404 for an unknown subcategory, 422 naming {@code categoryId} for an unknown category. */
    Uni<Subcategory> changeSubcategory(int id, SubcategoryCommand command);
}
