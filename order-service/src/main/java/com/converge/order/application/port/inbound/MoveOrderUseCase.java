package com.converge.order.application.port.inbound;

import com.converge.order.domain.Order;
import io.smallrye.mutiny.Uni;
import java.time.Instant;

public interface MoveOrderUseCase {

    /**
     * Moves the order, moves its stock (commit, release, restock), records refunds and publishes the
     * event, in one transaction. A customer may cancel or return only their own order (others' are 404).
     */
    Uni<Order> move(MoveOrderCommand command);

    /** Keeps a pending order's stock held longer; returns the new expiry. */
    Uni<Instant> extendReservation(ExtendReservationCommand command);
}
