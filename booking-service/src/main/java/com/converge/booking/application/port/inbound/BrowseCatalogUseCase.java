package com.converge.booking.application.port.inbound;

import com.converge.booking.domain.Pincode;
import com.converge.booking.domain.catalog.CatalogSection;
import io.smallrye.mutiny.Uni;
import java.util.List;

public interface BrowseCatalogUseCase {

    /** What can be booked at {@code pincode} now: categories in display order, with their bookable rate cards. */
    Uni<List<CatalogSection>> bookableAt(Pincode pincode);
}
