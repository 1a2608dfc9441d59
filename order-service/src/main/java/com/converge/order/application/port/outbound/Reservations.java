package com.converge.order.application.port.outbound;

import com.converge.kernel.domain.OrderId;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The time limits of pending orders' holds on stock. */
public interface Reservations {

    Uni<Void> hold(OrderId orderId, Instant expiresAt, Instant now);

    /** Up to {@code limit} holds due by {@code now}, locked so another replica's sweep skips them. */
    Uni<List<OrderId>> claimDue(Instant now, int limit);

    /** Ends the hold: COMMITTED, RELEASED or EXPIRED. */
    Uni<Void> close(OrderId orderId, String outcome);

    /** Moves the expiry of a hold that is still held; false if there is none. */
    Uni<Boolean> extend(OrderId orderId, Instant until);

    Uni<Optional<Instant>> expiry(OrderId orderId);
}
