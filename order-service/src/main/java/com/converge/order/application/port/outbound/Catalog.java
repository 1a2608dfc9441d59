package com.converge.order.application.port.outbound;

import com.converge.order.domain.Product;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface Catalog {

    /** The new category's id; a name already taken is a conflict. */
    Uni<Long> addCategory(String name);

    Uni<Long> addBrand(String name);

    Uni<Boolean> hasCategory(long id);

    Uni<Boolean> hasBrand(long id);

    /** Stores the product and its variants; a SKU already taken is a conflict. */
    Uni<Void> addProduct(Product product);

    Uni<Optional<Product>> product(UUID id);

    /** Up to {@code limit} products matching {@code search}, oldest first, after its cursor position. */
    Uni<List<Product>> search(ProductSearch search, int limit);

    Uni<List<VariantOnSale>> variantsBySku(Collection<String> skus);
}
