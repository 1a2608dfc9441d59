package com.converge.order.application.port.inbound;

import com.converge.kernel.application.Page;
import com.converge.kernel.domain.Caller;
import com.converge.order.domain.Product;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

public interface BrowseCatalogUseCase {

    Uni<Page<Product>> search(SearchProductsQuery query);

    /** A product; an inactive one exists only for staff. */
    Uni<Product> product(UUID id, Caller caller);
}
