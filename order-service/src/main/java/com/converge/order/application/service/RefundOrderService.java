package com.converge.order.application.service;

import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.NotFoundException;
import com.converge.kernel.domain.TimeSource;
import com.converge.order.application.port.inbound.RefundCommand;
import com.converge.order.application.port.inbound.RefundOrderUseCase;
import com.converge.order.application.port.outbound.Orders;
import com.converge.order.application.port.outbound.Refunds;
import com.converge.order.domain.Order;
import io.smallrye.mutiny.Uni;
import java.time.Instant;

/** Joins the caller's transaction when there is one (the inbox's), so a redelivered complaint refunds once. */
public class RefundOrderService implements RefundOrderUseCase {

    private final UnitOfWork unitOfWork;
    private final Orders orders;
    private final Refunds refunds;
    private final TimeSource clock;

    public RefundOrderService(UnitOfWork unitOfWork, Orders orders, Refunds refunds, TimeSource clock) {
        this.unitOfWork = unitOfWork;
        this.orders = orders;
        this.refunds = refunds;
        this.clock = clock;
    }

    @Override
    public Uni<Order> refund(RefundCommand command) {
        Instant now = clock.now();
        return unitOfWork.transactionally(() -> orders.lock(command.orderId()).chain(found -> {
            Order order = found.orElseThrow(() -> new NotFoundException("order", command.orderId()));
            return refunds.record(order.id(), command.amount(), command.reason(), command.source(), command.refundedBy(), now)
                    .chain(recorded -> {
                        if (!recorded) {
                            return Uni.createFrom().item(order);
                        }
                        // over-refunding throws here and rolls the refund row back with it
                        order.refund(command.amount());
                        return orders.update(order).replaceWith(order);
                    });
        }));
    }
}
