package com.converge.booking.application.service;

import com.converge.booking.application.port.inbound.BrowseCatalogUseCase;
import com.converge.booking.application.port.outbound.CatalogReadModel;
import com.converge.booking.domain.Pincode;
import com.converge.booking.domain.catalog.CatalogSection;
import com.converge.kernel.domain.TimeSource;
import io.smallrye.mutiny.Uni;
import java.util.List;

public class BrowseCatalogService implements BrowseCatalogUseCase {

    private final CatalogReadModel catalog;
    private final TimeSource clock;

    public BrowseCatalogService(CatalogReadModel catalog, TimeSource clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The catalog may be a held snapshot; what is active is decided now, so a window opens and closes on time. */
    @Override
    public Uni<List<CatalogSection>> bookableAt(Pincode pincode) {
        return catalog.current().map(all -> all.bookableAt(pincode, clock.now()));
    }
}
