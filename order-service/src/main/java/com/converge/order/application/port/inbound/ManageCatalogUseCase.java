package com.converge.order.application.port.inbound;

import com.converge.kernel.domain.Caller;
import com.converge.order.domain.Product;
import io.smallrye.mutiny.Uni;

public interface ManageCatalogUseCase {

    Uni<Long> addCategory(CatalogNameCommand command);

    Uni<Long> addBrand(CatalogNameCommand command);

    /** Stores the product, its variants and their opening stock (one ledger row each). */
    Uni<Product> addProduct(AddProductCommand command, Caller caller);
}
