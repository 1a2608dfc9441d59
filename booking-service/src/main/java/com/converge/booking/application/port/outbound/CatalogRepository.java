package com.converge.booking.application.port.outbound;

import com.converge.booking.domain.catalog.Catalog;
import com.converge.booking.domain.catalog.Category;
import com.converge.booking.domain.catalog.RateCard;
import com.converge.booking.domain.catalog.Subcategory;
import io.smallrye.mutiny.Uni;
import java.util.Optional;

public interface CatalogRepository {

    Uni<Catalog> load();

    /** Stores a new rate card and returns it with its id. */
    Uni<RateCard> add(RateCard rateCard);

    Uni<Optional<Category>> category(int id);

    Uni<Optional<Subcategory>> subcategory(int id);

    /** Stores a new category and returns it with its id; a name taken already is a 409 duplicate-name. */
    Uni<Category> add(Category category);

    /** Stores the category's new values; a name another category has is a 409 duplicate-name. */
    Uni<Void> update(Category category);

    /** Stores a new subcategory and returns it with its id; a name taken in its category is a 409 duplicate-name. */
    Uni<Subcategory> add(Subcategory subcategory);

    /** Stores the subcategory's new values; a name taken in its category is a 409 duplicate-name. */
    Uni<Void> update(Subcategory subcategory);
}
