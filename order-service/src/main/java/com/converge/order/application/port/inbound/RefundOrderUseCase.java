package com.converge.order.application.port.inbound;

import com.converge.order.domain.Order;
import io.smallrye.mutiny.Uni;

public interface RefundOrderUseCase {

    /** Records the refund unless its source was refunded already; never more than was paid. */
    Uni<Order> refund(RefundCommand command);
}
