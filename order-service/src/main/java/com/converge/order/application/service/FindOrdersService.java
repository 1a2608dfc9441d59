package com.converge.order.application.service;

import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.NotFoundException;
import com.converge.kernel.domain.OrderId;
import com.converge.order.application.port.inbound.FindOrdersUseCase;
import com.converge.order.application.port.inbound.OrderDetails;
import com.converge.order.application.port.outbound.Buyers;
import com.converge.order.application.port.outbound.Buyers.VerificationEntry;
import com.converge.order.application.port.outbound.Orders;
import com.converge.order.application.port.outbound.Reservations;
import com.converge.order.domain.Order;
import com.converge.order.domain.OrderStatus;
import com.converge.kernel.domain.TimeSource;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

public class FindOrdersService implements FindOrdersUseCase {

    private final UnitOfWork unitOfWork;
    private final Orders orders;
    private final Reservations reservations;
    private final Buyers buyers;
    private final TimeSource clock;

    public FindOrdersService(UnitOfWork unitOfWork, Orders orders, Reservations reservations, Buyers buyers, TimeSource clock) {
        this.clock = clock;
        this.unitOfWork = unitOfWork;
        this.orders = orders;
        this.reservations = reservations;
        this.buyers = buyers;
    }

    @Override
    public Uni<OrderDetails> find(OrderId id, Caller caller) {
        return unitOfWork.reading(() -> orders.find(id).chain(found -> {
            Order order = found.filter(o -> caller.mayAccess(o.customerId()))
                    .orElseThrow(() -> new NotFoundException("order", id));
            return orders.history(id).chain(history -> reservations.expiry(id)
                    .map(expiry -> new OrderDetails(order, history,
                            order.status() == OrderStatus.PENDING ? expiry.orElse(null) : null)));
        }));
    }

    @Override
    public Uni<List<Order>> ofCustomer(CustomerId customerId, Caller caller, int limit) {
        if (!caller.mayAccess(customerId)) {
            return Uni.createFrom().item(List.of());
        }
        return unitOfWork.reading(() -> orders.ofCustomer(customerId, null, limit));
    }

    @Override
    public Uni<List<OpenOrder>> open(int limit) {
        Instant now = clock.now();
        return unitOfWork.reading(() -> orders.inStatus(EnumSet.of(OrderStatus.PENDING, OrderStatus.CONFIRMED, OrderStatus.PACKED), limit))
                .map(found -> found.stream().map(order -> new OpenOrder(order,
                        Duration.between(order.placedAt(), now).toMinutes(), order.actionRequired())).toList());
    }

    @Override
    public Uni<List<VerificationEntry>> verifications(CustomerId customerId) {
        return unitOfWork.reading(() -> buyers.verifications(customerId));
    }
}
