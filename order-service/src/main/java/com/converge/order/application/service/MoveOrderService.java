package com.converge.order.application.service;

import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.ConflictException;
import com.converge.kernel.domain.NotFoundException;
import com.converge.kernel.domain.OrderId;
import com.converge.kernel.domain.TimeSource;
import com.converge.order.application.port.inbound.ExtendReservationCommand;
import com.converge.order.application.port.inbound.MoveOrderCommand;
import com.converge.order.application.port.inbound.MoveOrderUseCase;
import com.converge.order.application.port.outbound.Orders;
import com.converge.order.application.port.outbound.Reservations;
import com.converge.order.domain.Order;
import com.converge.order.domain.OrderStatus;
import com.converge.order.domain.StockMovement;
import io.smallrye.mutiny.Uni;
import java.time.Instant;

public class MoveOrderService implements MoveOrderUseCase {

    private final UnitOfWork unitOfWork;
    private final Orders orders;
    private final Reservations reservations;
    private final OrderAftermath aftermath;
    private final OrderSettings settings;
    private final TimeSource clock;

    public MoveOrderService(UnitOfWork unitOfWork, Orders orders, Reservations reservations, OrderAftermath aftermath,
                     OrderSettings settings, TimeSource clock) {
        this.unitOfWork = unitOfWork;
        this.orders = orders;
        this.reservations = reservations;
        this.aftermath = aftermath;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Uni<Order> move(MoveOrderCommand command) {
        Instant now = clock.now();
        String by = Actors.of(command.caller());
        return unitOfWork.transactionally(() -> lockVisible(command.orderId(), command.caller())
                .chain(order -> aftermath.settle(order, apply(order, command, by, now), by, now)));
    }

    @Override
    public Uni<Instant> extendReservation(ExtendReservationCommand command) {
        return unitOfWork.transactionally(() -> lockVisible(command.orderId(), command.caller())
                .chain(order -> reservations.expiry(order.id()).chain(expiry -> {
                    if (order.status() != OrderStatus.PENDING || expiry.isEmpty()) {
                        throw new ConflictException("not-reserved", "order " + order.number() + " holds no stock to extend");
                    }
                    Instant until = expiry.get().plus(command.by());
                    return reservations.extend(order.id(), until).replaceWith(until);
                })));
    }

    private StockMovement apply(Order order, MoveOrderCommand command, String by, Instant now) {
        switch (command.move()) {
            case CONFIRM:
                return order.confirm(by, now);
            case PACK:
                return order.pack(by, now);
            case SHIP:
                return order.ship(by, command.carrier(), command.trackingNumber(), now);
            case DELIVER:
                return order.deliver(by, now);
            case CANCEL:
                return order.cancel(by, command.reason(), now);
            case RETURN:
                return order.returnDelivered(by, command.reason(), settings.returnWindow(), now);
            case REFUSE_DELIVERY:
                return order.deliveryRefused(by, now);
            default:
                throw new IllegalArgumentException("unknown move " + command.move());
        }
    }

    private Uni<Order> lockVisible(OrderId id, Caller caller) {
        return orders.lock(id).map(found -> found
                .filter(order -> caller.mayAccess(order.customerId()))
                .orElseThrow(() -> new NotFoundException("order", id)));
    }
}
