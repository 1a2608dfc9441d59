package com.converge.order.application.service;

import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.OrderId;
import com.converge.kernel.domain.TimeSource;
import com.converge.order.application.port.inbound.ExpireReservationsUseCase;
import com.converge.order.application.port.outbound.OrderEvents;
import com.converge.order.application.port.outbound.Orders;
import com.converge.order.application.port.outbound.Reservations;
import com.converge.order.domain.Order;
import com.converge.order.domain.OrderStatus;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

public class ExpireReservationsService implements ExpireReservationsUseCase {

    static final int BATCH = 100;

    private final UnitOfWork unitOfWork;
    private final Orders orders;
    private final Reservations reservations;
    private final OrderAftermath aftermath;
    private final OrderEvents events;
    private final TimeSource clock;

    public ExpireReservationsService(UnitOfWork unitOfWork, Orders orders, Reservations reservations, OrderAftermath aftermath,
                              OrderEvents events, TimeSource clock) {
        this.unitOfWork = unitOfWork;
        this.orders = orders;
        this.reservations = reservations;
        this.aftermath = aftermath;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Uni<Integer> expireDue() {
        Instant now = clock.now();
        return unitOfWork.transactionally(() -> reservations.claimDue(now, BATCH).chain(due -> {
            // only holds that really cancelled their order count: a busy order waits, a moved one is only released
            AtomicInteger expired = new AtomicInteger();
            return InTurn.each(due, id -> expire(id, now).invoke(done -> {
                if (done) {
                    expired.incrementAndGet();
                }
            })).map(ignored -> expired.get());
        }));
    }

    private Uni<Boolean> expire(OrderId id, Instant now) {
        // the sweep holds the reservation row: waiting for the order row too could deadlock with a
        // mover that holds the order and wants the reservation, so a busy order waits for the next sweep
        return orders.lockIfFree(id).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().item(false);
            }
            if (found.get().status() != OrderStatus.PENDING) {
                return reservations.close(id, "RELEASED").replaceWith(false);
            }
            Order order = found.get();
            return aftermath.settle(order, order.cancel(Actors.SYSTEM, Order.RESERVATION_EXPIRED, now), Actors.SYSTEM, now)
                    .chain(() -> reservations.close(id, "EXPIRED"))
                    .chain(() -> events.reservationExpired(order, now))
                    .replaceWith(true);
        });
    }
}
