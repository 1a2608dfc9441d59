package com.converge.order.application.port.inbound;

import com.converge.kernel.domain.CustomerId;
import com.converge.order.domain.WishedItem;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

/**
 * A customer's wishlist of variants and whole products. Adding what is there already changes
 * nothing; an unknown SKU or product is a 404, one not for sale a 422.
 */
public interface WishlistUseCase {

    /** True when the variant was not on the wishlist before. */
    Uni<Boolean> wishVariant(CustomerId customer, String sku);

    /** True when the product was not on the wishlist before. */
    Uni<Boolean> wishProduct(CustomerId customer, UUID productId);

    Uni<Void> forgetVariant(CustomerId customer, String sku);

    Uni<Void> forgetProduct(CustomerId customer, UUID productId);

    Uni<List<WishedItem>> of(CustomerId customer);

    /**
     * Adds the quantity of the SKU to the cart and takes the SKU (or its whole product) off the
     * wishlist, together; 404 when neither is on it.
     */
    Uni<CartUseCase.CartView> moveToCart(CartLineCommand command);
}
