package com.converge.order.application.port.inbound;

import com.converge.kernel.domain.CustomerId;
import com.converge.order.domain.Cart;
import io.smallrye.mutiny.Uni;

/**
 * A customer's cart. An unknown SKU is a 404, one that is not for sale a 422; a line holds at most
 * {@link Cart#MAX_QUANTITY}, a cart at most {@link Cart#MAX_LINES} lines (422). Each change answers
 * the cart as it is afterwards.
 */
public interface CartUseCase {

    /** Adds to the SKU's line; concurrent adds of one SKU sum. */
    Uni<CartView> add(CartLineCommand command);

    Uni<CartView> setQuantity(CartLineCommand command);

    Uni<CartView> remove(CustomerId customer, String sku);

    Uni<CartView> view(ViewCartQuery query);

    record CartView(Cart cart, Cart.Totals totals) {
    }
}
