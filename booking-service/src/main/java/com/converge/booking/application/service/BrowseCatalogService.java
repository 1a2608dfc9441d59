package com.converge.booking.application.service;

import com.converge.booking.application.port.inbound.BrowseCatalogUseCase;
import com.converge.booking.application.port.outbound.CatalogRepository;
import com.converge.booking.domain.Pincode;
import com.converge.booking.domain.catalog.CatalogSection;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.TimeSource;
import io.smallrye.mutiny.Uni;
import java.util.List;

public class BrowseCatalogService implements BrowseCatalogUseCase {

    private final UnitOfWork unitOfWork;
    private final CatalogRepository catalog;
    private final TimeSource clock;

    public BrowseCatalogService(UnitOfWork unitOfWork, CatalogRepository catalog, TimeSource clock) {
        this.unitOfWork = unitOfWork;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    public Uni<List<CatalogSection>> bookableAt(Pincode pincode) {
        return unitOfWork.reading(catalog::load).map(all -> all.bookableAt(pincode, clock.now()));
    }
}
