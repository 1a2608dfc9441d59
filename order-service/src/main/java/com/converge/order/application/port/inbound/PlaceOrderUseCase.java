package com.converge.order.application.port.inbound;

import com.converge.order.domain.Order;
import io.smallrye.mutiny.Uni;

public interface PlaceOrderUseCase {

    /**
     * Snapshots prices, reserves every line's stock at once (all or nothing) and stores the pending
     * order with OrderPlaced (and OrderVerificationRequested for an untrusted cash-on-delivery buyer).
     */
    Uni<Order> place(PlaceOrderCommand command);
}
