package com.converge.booking.application.port.outbound;

import com.converge.booking.domain.catalog.Catalog;
import io.smallrye.mutiny.Uni;

/**
 * The catalog as the read paths see it (browsing, pricing a booking), kept off the database between
 * changes. It may lag a change made elsewhere (another replica, SQL) by its configured maximum age;
 * a change made through this service is seen at once once {@link #changed()} is called.
 */
public interface CatalogReadModel {

    /** The whole catalog; which of it is bookable is decided per request, with the clock of that moment. */
    Uni<Catalog> current();

    /** A catalog change has committed: the next {@link #current()} reads the database again. */
    void changed();
}
