package com.converge.order.application.port.outbound;

import com.converge.kernel.domain.CustomerId;
import com.converge.order.domain.WishedItem;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Customers' wishlists: a product or one of its variants, each at most once. */
public interface Wishlists {

    /** False when it was on the wishlist already. {@code variantId} is null for a whole product. */
    Uni<Boolean> add(CustomerId customer, UUID productId, UUID variantId, Instant at);

    Uni<Integer> size(CustomerId customer);

    /** Takes the variant, or the whole product, off the wishlist; false when neither was on it. */
    Uni<Boolean> remove(CustomerId customer, UUID itemId);

    /** Takes the variant and its product off the wishlist; how many items went. */
    Uni<Integer> removeVariantOrItsProduct(CustomerId customer, UUID variantId, UUID productId);

    /** Newest first, with what the catalog says of each now. */
    Uni<List<WishedItem>> of(CustomerId customer);
}
