package com.converge.booking.application.port.outbound;

import com.converge.booking.domain.catalog.Catalog;
import com.converge.booking.domain.catalog.RateCard;
import io.smallrye.mutiny.Uni;

public interface CatalogRepository {

    Uni<Catalog> load();

    /** Stores a new rate card and returns it with its id. */
    Uni<RateCard> add(RateCard rateCard);
}
