package com.converge.order.application.service;

import com.converge.kernel.domain.Money;
import com.converge.order.application.port.outbound.Buyers;
import com.converge.order.application.port.outbound.OrderEvents;
import com.converge.order.application.port.outbound.Orders;
import com.converge.order.application.port.outbound.Refunds;
import com.converge.order.application.port.outbound.Reservations;
import com.converge.order.application.port.outbound.Stock;
import com.converge.order.domain.Order;
import com.converge.order.domain.StatusChange;
import com.converge.order.domain.StockMovement;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;

/**
 * What follows an order's move, in the mover's transaction: the stock moves, the hold ends, a
 * cancelled or returned order refunds what was paid, the buyer's record counts a delivery or a
 * refusal, the order is stored with its history, and the event goes to the outbox.
 */
public final class OrderAftermath {

    private final Orders orders;
    private final Stock stock;
    private final Reservations reservations;
    private final Refunds refunds;
    private final Buyers buyers;
    private final OrderEvents events;

    public OrderAftermath(Orders orders, Stock stock, Reservations reservations, Refunds refunds, Buyers buyers, OrderEvents events) {
        this.orders = orders;
        this.stock = stock;
        this.reservations = reservations;
        this.refunds = refunds;
        this.buyers = buyers;
        this.events = events;
    }

    Uni<Order> settle(Order order, StockMovement movement, String by, Instant at) {
        List<StatusChange> changes = order.newChanges();
        if (changes.isEmpty()) {
            return orders.update(order).replaceWith(order);
        }
        StatusChange change = changes.get(changes.size() - 1);
        return moveStock(order, movement, by, at)
                .chain(() -> refundIfEnded(order, change, by, at))
                .chain(refund -> orders.update(order).chain(() -> publish(order, change, refund, by, at)))
                .replaceWith(order);
    }

    private Uni<Void> moveStock(Order order, StockMovement movement, String by, Instant at) {
        if (movement == StockMovement.NONE) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> hold = movement == StockMovement.RESTOCK ? Uni.createFrom().voidItem()
                : reservations.close(order.id(), movement == StockMovement.COMMIT ? "COMMITTED" : "RELEASED");
        return hold.chain(() -> stock.move(movement, order.demandPerVariant(), order.number().value(), by, at))
                .chain(changes -> events.stockChanged(changes, at));
    }

    private Uni<Money> refundIfEnded(Order order, StatusChange change, String by, Instant at) {
        switch (change.to()) {
            case CANCELLED:
            case RETURNED:
                Money refund = order.refundable();
                if (!refund.isPositive()) {
                    return Uni.createFrom().item(Money.ZERO);
                }
                order.refund(refund);
                return refunds.record(order.id(), refund, change.reason(), change.to().wireName() + ":" + order.id(), by, at)
                        .replaceWith(refund);
            default:
                return Uni.createFrom().item(Money.ZERO);
        }
    }

    private Uni<Void> publish(Order order, StatusChange change, Money refund, String by, Instant at) {
        switch (change.to()) {
            case CONFIRMED:
                return events.confirmed(order, by, at);
            case CANCELLED:
                return events.cancelled(order, by, refund, at);
            case SHIPPED:
                return events.shipped(order, at);
            case DELIVERED:
                return buyers.delivered(order.customerId()).chain(() -> events.delivered(order, at));
            case RETURNED:
                Uni<Void> record = Order.DELIVERY_REFUSED.equals(change.reason())
                        ? buyers.refusedDelivery(order.customerId()) : Uni.createFrom().voidItem();
                return record.chain(() -> events.returned(order, change.reason(), refund, at));
            default:
                return Uni.createFrom().voidItem();
        }
    }
}
