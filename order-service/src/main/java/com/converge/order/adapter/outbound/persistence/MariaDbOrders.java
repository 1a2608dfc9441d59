package com.converge.order.adapter.outbound.persistence;

import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import com.converge.kernel.domain.OrderId;
import com.converge.order.application.port.outbound.Orders;
import com.converge.order.domain.Destination;
import com.converge.order.domain.Order;
import com.converge.order.domain.OrderLine;
import com.converge.order.domain.OrderNumber;
import com.converge.order.domain.OrderStatus;
import com.converge.order.domain.PaymentMethod;
import com.converge.order.domain.StatusChange;
import com.converge.order.domain.Verification;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class MariaDbOrders implements Orders {

    @Override
    public Uni<Void> add(Order order) {
        OrderEntity entity = new OrderEntity();
        entity.id = order.id().toString();
        entity.orderNumber = order.number().value();
        entity.customerId = order.customerId().value();
        entity.paymentMethod = order.paymentMethod().name();
        entity.placedAt = order.placedAt();
        entity.subtotal = order.subtotal().amount();
        entity.shippingFee = order.shippingFee().amount();
        entity.discount = order.discount().amount();
        entity.promoCode = order.promoCode();
        entity.shipState = order.destination() == null ? null : order.destination().state();
        entity.shipPincode = order.destination() == null ? null : order.destination().pincode();
        entity.total = order.total().amount();
        copyState(order, entity);
        List<Object> rows = new ArrayList<>();
        rows.add(entity);
        for (int i = 0; i < order.lines().size(); i++) {
            OrderLine line = order.lines().get(i);
            OrderLineEntity row = new OrderLineEntity();
            row.orderId = entity.id;
            row.lineNo = i + 1;
            row.variantId = line.variantId().toString();
            row.sku = line.sku();
            row.productName = line.productName();
            row.unitPrice = line.unitPrice().amount();
            row.quantity = line.quantity();
            rows.add(row);
        }
        rows.addAll(historyRows(order));
        return Panache.getSession().chain(session -> session.persistAll(rows.toArray()));
    }

    @Override
    public Uni<Optional<Order>> lock(OrderId id) {
        return OrderEntity.<OrderEntity>find("id", id.toString()).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .chain(this::withLines);
    }

    @Override
    public Uni<Optional<Order>> lockIfFree(OrderId id) {
        return Sql.rows("SELECT id, status FROM customer_order WHERE id = ?1 FOR UPDATE SKIP LOCKED", id.toString())
                .chain(rows -> rows.isEmpty() ? Uni.createFrom().item(Optional.<Order>empty()) : lock(id));
    }

    @Override
    public Uni<Optional<Order>> find(OrderId id) {
        return OrderEntity.<OrderEntity>findById(id.toString()).chain(this::withLines);
    }

    @Override
    public Uni<Void> update(Order order) {
        return OrderEntity.<OrderEntity>findById(order.id().toString())
                .invoke(entity -> copyState(order, entity))
                .chain(() -> Panache.getSession().chain(session -> session.persistAll(historyRows(order).toArray())));
    }

    @Override
    public Uni<List<StatusChange>> history(OrderId id) {
        return StatusChangeEntity.<StatusChangeEntity>list("orderId = ?1 order by id", id.toString())
                .map(rows -> rows.stream().map(r -> new StatusChange(
                        r.fromStatus == null ? null : OrderStatus.valueOf(r.fromStatus), OrderStatus.valueOf(r.toStatus),
                        r.changedBy, r.changedAt, r.reason)).toList());
    }

    @Override
    public Uni<List<Order>> ofCustomer(CustomerId customerId, Instant before, int limit) {
        return OrderEntity.<OrderEntity>find("customerId = ?1 order by placedAt desc, id desc", customerId.value())
                .page(0, limit).list().chain(this::withLines);
    }

    @Override
    public Uni<List<Order>> inStatus(Collection<OrderStatus> statuses, int limit) {
        return OrderEntity.<OrderEntity>find("status in ?1 order by placedAt, id", statuses.stream().map(Enum::name).toList())
                .page(0, limit).list().chain(this::withLines);
    }

    private Uni<Optional<Order>> withLines(OrderEntity entity) {
        if (entity == null) {
            return Uni.createFrom().item(Optional.empty());
        }
        return withLines(List.of(entity)).map(orders -> Optional.of(orders.get(0)));
    }

    private Uni<List<Order>> withLines(List<OrderEntity> entities) {
        if (entities.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return OrderLineEntity.<OrderLineEntity>list("orderId in ?1 order by orderId, lineNo", entities.stream().map(e -> e.id).toList())
                .map(lines -> {
                    Map<String, List<OrderLine>> byOrder = lines.stream().collect(Collectors.groupingBy(l -> l.orderId,
                            Collectors.mapping(l -> new OrderLine(UUID.fromString(l.variantId), l.sku, l.productName,
                                    new Money(l.unitPrice), l.quantity), Collectors.toList())));
                    return entities.stream().map(e -> toDomain(e, byOrder.get(e.id))).toList();
                });
    }

    private static List<StatusChangeEntity> historyRows(Order order) {
        return order.newChanges().stream().map(change -> {
            StatusChangeEntity row = new StatusChangeEntity();
            row.orderId = order.id().toString();
            row.fromStatus = change.from() == null ? null : change.from().name();
            row.toStatus = change.to().name();
            row.changedBy = change.by();
            row.reason = change.reason();
            row.changedAt = change.at();
            return row;
        }).toList();
    }

    private static void copyState(Order order, OrderEntity entity) {
        entity.status = order.status().name();
        entity.refunded = order.refunded().amount();
        entity.verification = order.verification().name();
        entity.cancelReason = order.cancelReason();
        entity.carrier = order.carrier();
        entity.trackingNumber = order.trackingNumber();
        entity.deliveredAt = order.deliveredAt();
    }

    private static Order toDomain(OrderEntity e, List<OrderLine> lines) {
        return new Order(OrderId.of(e.id), new OrderNumber(e.orderNumber), new CustomerId(e.customerId),
                PaymentMethod.valueOf(e.paymentMethod), lines, new Money(e.discount), e.promoCode, new Money(e.shippingFee),
                e.shipState == null ? null : new Destination(e.shipState, e.shipPincode), e.placedAt, OrderStatus.valueOf(e.status),
                new Money(e.refunded), Verification.valueOf(e.verification), e.cancelReason, e.carrier, e.trackingNumber,
                e.deliveredAt);
    }
}
