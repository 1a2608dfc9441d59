package com.converge.order.adapter.outbound.persistence;

import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import com.converge.kernel.domain.OrderId;
import com.converge.kernel.persistence.NativeSql;
import com.converge.order.application.port.outbound.Orders;
import com.converge.order.domain.Destination;
import com.converge.order.domain.Order;
import com.converge.order.domain.OrderLine;
import com.converge.order.domain.OrderNumber;
import com.converge.order.domain.OrderStatus;
import com.converge.order.domain.PaymentMethod;
import com.converge.order.domain.StatusChange;
import com.converge.order.domain.Verification;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    /*
     * A new order's rows are written with three statements (order, lines, history) instead of as
     * entities: Hibernate inserted each line and history row on its own round trip to learn its
     * AUTO_INCREMENT id, which nothing reads. Later changes go through the entities.
     */
    private static final String INSERT_ORDER = """
            INSERT INTO customer_order (id, order_number, customer_id, status, payment_method, subtotal, discount, promo_code,
                                        ship_state, ship_pincode, shipping_fee, total, refunded, verification, cancel_reason, carrier,
                                        tracking_number, placed_at, delivered_at, version)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, 0)""";
    private static final String INSERT_LINES = """
            INSERT INTO order_line (order_id, line_no, variant_id, sku, product_name, unit_price, quantity)
            SELECT ?1, l.line_no, l.variant_id, l.sku, l.product_name, l.unit_price, l.quantity
            FROM JSON_TABLE(?2, '$[*]' COLUMNS (line_no INT PATH '$.lineNo', variant_id CHAR(36) PATH '$.variantId',
                                                sku VARCHAR(64) PATH '$.sku', product_name VARCHAR(200) PATH '$.productName',
                                                unit_price DECIMAL(12,2) PATH '$.unitPrice', quantity INT PATH '$.quantity')) l
            ORDER BY l.line_no""";
    private static final String INSERT_CHANGE = """
            INSERT INTO order_status_history (order_id, from_status, to_status, changed_by, reason, changed_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6)""";

    private final ObjectMapper json;

    MariaDbOrders(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Uni<Void> add(Order order) {
        String id = order.id().toString();
        Destination to = order.destination();
        Uni<Integer> chain = Sql.update(INSERT_ORDER, id, order.number().value(), order.customerId().value(), order.status().name(),
                        order.paymentMethod().name(), order.subtotal().amount(), order.discount().amount(), order.promoCode(),
                        to == null ? null : to.state(), to == null ? null : to.pincode(), order.shippingFee().amount(),
                        order.total().amount(), order.refunded().amount(), order.verification().name(), order.cancelReason(),
                        order.carrier(), order.trackingNumber(), NativeSql.utc(order.placedAt()), NativeSql.utc(order.deliveredAt()))
                .chain(() -> Sql.update(INSERT_LINES, id, lines(order)));
        for (StatusChange change : order.newChanges()) {
            chain = chain.chain(() -> Sql.update(INSERT_CHANGE, id, change.from() == null ? null : change.from().name(),
                    change.to().name(), change.by(), change.reason(), NativeSql.utc(change.at())));
        }
        return chain.replaceWithVoid();
    }

    private String lines(Order order) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < order.lines().size(); i++) {
            OrderLine line = order.lines().get(i);
            lines.add(Map.of("lineNo", i + 1, "variantId", line.variantId().toString(), "sku", line.sku(),
                    "productName", line.productName(), "unitPrice", line.unitPrice().amount(), "quantity", line.quantity()));
        }
        try {
            return json.writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("order lines as JSON", e);
        }
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
