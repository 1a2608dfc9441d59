package com.converge.order.adapter.outbound.messaging;

import com.converge.kernel.application.Outbox;
import com.converge.kernel.domain.Money;
import com.converge.kernel.events.IntegrationEvent;
import com.converge.kernel.events.OrderCancelled;
import com.converge.kernel.events.OrderConfirmed;
import com.converge.kernel.events.OrderDelivered;
import com.converge.kernel.events.OrderPlaced;
import com.converge.kernel.events.OrderReturned;
import com.converge.kernel.events.OrderShipped;
import com.converge.kernel.events.OrderVerificationRequested;
import com.converge.kernel.events.ReservationExpired;
import com.converge.kernel.events.StockLow;
import com.converge.order.application.port.outbound.OrderEvents;
import com.converge.order.domain.Order;
import com.converge.order.domain.StockChange;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Maps order-service's domain to its published contracts and hands them to the outbox. */
@ApplicationScoped
public class OutboxOrderEvents implements OrderEvents {

    private final Outbox outbox;

    OutboxOrderEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Uni<Void> placed(Order order) {
        return outbox.append(new OrderPlaced(id(order), number(order), customer(order), order.lines().size(),
                order.total().amount(), order.paymentMethod().wireName(), order.awaitsVerificationCall(), order.placedAt()));
    }

    @Override
    public Uni<Void> verificationRequested(Order order) {
        return outbox.append(new OrderVerificationRequested(id(order), number(order), customer(order), order.total().amount(),
                order.placedAt()));
    }

    @Override
    public Uni<Void> confirmed(Order order, String by, Instant at) {
        return outbox.append(new OrderConfirmed(id(order), number(order), customer(order), by, at));
    }

    @Override
    public Uni<Void> cancelled(Order order, String by, Money refund, Instant at) {
        return outbox.append(new OrderCancelled(id(order), number(order), customer(order), order.cancelReason(), by,
                refund.amount(), at));
    }

    @Override
    public Uni<Void> shipped(Order order, Instant at) {
        return outbox.append(new OrderShipped(id(order), number(order), customer(order), order.carrier(),
                order.trackingNumber(), at));
    }

    @Override
    public Uni<Void> delivered(Order order, Instant at) {
        return outbox.append(new OrderDelivered(id(order), number(order), customer(order), order.total().amount(), at));
    }

    @Override
    public Uni<Void> returned(Order order, String reason, Money refund, Instant at) {
        return outbox.append(new OrderReturned(id(order), number(order), customer(order), reason, refund.amount(), at));
    }

    @Override
    public Uni<Void> reservationExpired(Order order, Instant at) {
        return outbox.append(new ReservationExpired(id(order), number(order), customer(order), at));
    }

    @Override
    public Uni<Void> stockChanged(List<StockChange> changes, Instant at) {
        List<IntegrationEvent> low = changes.stream()
                .filter(StockChange::crossedLowThreshold)
                .<IntegrationEvent>map(c -> new StockLow(c.variantId().toString(), c.sku(), c.after().available(),
                        c.after().lowStockThreshold(), at))
                .toList();
        return outbox.append(low);
    }

    private static String id(Order order) {
        return order.id().toString();
    }

    private static String number(Order order) {
        return order.number().value();
    }

    private static long customer(Order order) {
        return order.customerId().value();
    }
}
