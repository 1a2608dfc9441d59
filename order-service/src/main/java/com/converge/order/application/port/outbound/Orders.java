package com.converge.order.application.port.outbound;

import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.OrderId;
import com.converge.order.domain.Order;
import com.converge.order.domain.OrderStatus;
import com.converge.order.domain.StatusChange;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface Orders {

    Uni<Void> add(Order order);

    /** The order, locked for the rest of the transaction. */
    Uni<Optional<Order>> lock(OrderId id);

    /** The order, locked, unless another transaction holds it: then empty, without waiting. */
    Uni<Optional<Order>> lockIfFree(OrderId id);

    Uni<Optional<Order>> find(OrderId id);

    /** Stores the order's state and appends its new status changes to its history. */
    Uni<Void> update(Order order);

    Uni<List<StatusChange>> history(OrderId id);

    /** A customer's orders, newest first, placed before {@code before} when given. */
    Uni<List<Order>> ofCustomer(CustomerId customerId, Instant before, int limit);

    /** Orders in {@code statuses}, oldest first. */
    Uni<List<Order>> inStatus(Collection<OrderStatus> statuses, int limit);
}
