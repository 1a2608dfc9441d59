package com.converge.order.application.port.inbound;

import com.converge.order.domain.Order;
import io.smallrye.mutiny.Uni;

public interface PlaceOrderUseCase {

    /**
     * Snapshots prices, reserves every line's stock at once (all or nothing) and stores the pending
     * order with OrderPlaced (and OrderVerificationRequested for an untrusted cash-on-delivery buyer).
     */
    Uni<Order> place(PlaceOrderCommand command);

    /**
     * Places an order of every line in the customer's cart, as {@link #place} does, and empties those
     * lines in the same transaction: a refused order (409 for too little stock, 422) leaves the cart
     * as it was. An empty cart, or a line no longer for sale, is a 422.
     */
    Uni<Order> placeFromCart(CheckoutCartCommand command);
}
