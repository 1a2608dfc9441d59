package com.converge.bench.order;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Placing an order in plain JDBC: the statements order-service runs, in one transaction, in the same
 * order (catalog read, the conditional stock UPDATE per variant with its ledger row, the day's order
 * number, the buyer's record, the order, its lines, its history, its reservation, the outbox event).
 * What it leaves out is the service's own cost: HTTP, JWT, JSON, validation, Hibernate, the reactive pool.
 */
final class RawOrder {

    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Kolkata");

    private RawOrder() {
    }

    private record Line(String variantId, String sku, String productName, String price) {
    }

    /** True when placed, false when a variant had too little stock (the service's 409); rolled back then. */
    static boolean place(Connection connection, long customerId, List<String> skus) throws SQLException {
        connection.setAutoCommit(false);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        String orderId = UUID.randomUUID().toString();
        List<Line> lines = new ArrayList<>();
        try (PreparedStatement variants = connection.prepareStatement(
                "SELECT v.id, v.sku, p.name, v.price, p.category_id, p.active FROM variant v JOIN product p ON p.id = v.product_id"
                        + " WHERE v.sku IN (" + "?,".repeat(skus.size() - 1) + "?)")) {
            for (int i = 0; i < skus.size(); i++) {
                variants.setString(i + 1, skus.get(i));
            }
            try (ResultSet rows = variants.executeQuery()) {
                while (rows.next()) {
                    lines.add(new Line(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)));
                }
            }
        }
        lines.sort((a, b) -> a.variantId().compareTo(b.variantId()));
        try (PreparedStatement reserve = connection.prepareStatement(
                "UPDATE stock SET reserved = reserved + 1 WHERE variant_id = ? AND on_hand - reserved >= 1");
             PreparedStatement current = connection.prepareStatement(
                     "SELECT on_hand, reserved, low_stock_threshold, sku FROM stock WHERE variant_id = ? FOR UPDATE");
             PreparedStatement shortage = connection.prepareStatement("SELECT on_hand, reserved FROM stock WHERE variant_id = ?");
             PreparedStatement ledger = connection.prepareStatement("""
                     INSERT INTO inventory_ledger (variant_id, reason, reference, on_hand_before, on_hand_after, reserved_before,
                                                   reserved_after, changed_by, changed_at)
                     VALUES (?, 'reserve', ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Line line : lines) {
                reserve.setString(1, line.variantId());
                if (reserve.executeUpdate() != 1) {
                    shortage.setString(1, line.variantId());
                    shortage.executeQuery().close();
                    connection.rollback();
                    return false;
                }
                current.setString(1, line.variantId());
                try (ResultSet row = current.executeQuery()) {
                    row.next();
                    ledger.setString(1, line.variantId());
                    ledger.setString(2, orderId);
                    ledger.setInt(3, row.getInt(1));
                    ledger.setInt(4, row.getInt(1));
                    ledger.setInt(5, row.getInt(2) - 1);
                    ledger.setInt(6, row.getInt(2));
                    ledger.setString(7, String.valueOf(customerId));
                    ledger.setObject(8, now);
                    ledger.executeUpdate();
                }
            }
        }
        LocalDate day = LocalDate.now(BUSINESS_ZONE);
        int number;
        try (PreparedStatement counter = connection.prepareStatement(
                "SELECT NEXTVAL(order_sequence) - base FROM order_number_day WHERE business_day = ?");
             PreparedStatement buyer = connection.prepareStatement(
                     "SELECT delivered_orders, refused_deliveries FROM buyer_record WHERE customer_id = ?")) {
            counter.setObject(1, day);
            try (ResultSet row = counter.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("no order_number_day row for " + day + ": call RawOrder.openDay first");
                }
                number = row.getInt(1);
            }
            buyer.setLong(1, customerId);
            buyer.executeQuery().close();
        }
        try (PreparedStatement order = connection.prepareStatement("""
                INSERT INTO customer_order (id, order_number, customer_id, status, payment_method, subtotal, discount, promo_code,
                  shipping_fee, total, refunded, verification, placed_at, version)
                VALUES (?, ?, ?, 'PENDING', 'PREPAID', ?, 0, NULL, 0, ?, 0, 'NOT_REQUIRED', ?, 0)""");
             PreparedStatement line = connection.prepareStatement("""
                INSERT INTO order_line (order_id, line_no, variant_id, sku, product_name, unit_price, quantity)
                VALUES (?, ?, ?, ?, ?, ?, 1)""");
             PreparedStatement history = connection.prepareStatement("""
                INSERT INTO order_status_history (order_id, from_status, to_status, changed_by, reason, changed_at)
                VALUES (?, NULL, 'PENDING', ?, NULL, ?)""");
             PreparedStatement reservation = connection.prepareStatement("""
                INSERT INTO reservation (order_id, status, expires_at, created_at) VALUES (?, 'RESERVED', ?, ?)""");
             PreparedStatement outbox = connection.prepareStatement("""
                INSERT INTO outbox_event (event_id, topic, aggregate_id, event_type, data_schema, source, occurred_at, payload,
                                          published_at)
                VALUES (?, 'order-events', ?, 'converge.order.OrderPlaced', 'urn:converge:schema:order-events:OrderPlaced:1',
                        '/order-service', ?, ?, ?)""")) {
            BigDecimal total = lines.stream().map(l -> new BigDecimal(l.price())).reduce(BigDecimal.ZERO, BigDecimal::add);
            order.setString(1, orderId);
            order.setString(2, String.format("ORD-%s-%05d", day.toString().replace("-", ""), number));
            order.setLong(3, customerId);
            order.setBigDecimal(4, total);
            order.setBigDecimal(5, total);
            order.setObject(6, now);
            order.executeUpdate();
            StringBuilder payloadLines = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                line.setString(1, orderId);
                line.setInt(2, i + 1);
                line.setString(3, l.variantId());
                line.setString(4, l.sku());
                line.setString(5, l.productName());
                line.setString(6, l.price());
                line.addBatch();
                payloadLines.append(i == 0 ? "" : ",").append("{\"sku\":\"").append(l.sku()).append("\",\"quantity\":1,\"unitPrice\":")
                        .append(l.price()).append('}');
            }
            line.executeBatch();
            history.setString(1, orderId);
            history.setString(2, String.valueOf(customerId));
            history.setObject(3, now);
            history.executeUpdate();
            reservation.setString(1, orderId);
            reservation.setObject(2, now.plusMinutes(30));
            reservation.setObject(3, now);
            reservation.executeUpdate();
            outbox.setString(1, UUID.randomUUID().toString());
            outbox.setString(2, orderId);
            outbox.setObject(3, now);
            outbox.setString(4, "{\"orderId\":\"" + orderId + "\",\"customerId\":" + customerId + ",\"total\":" + total
                    + ",\"paymentMethod\":\"prepaid\",\"lines\":[" + payloadLines + "],\"placedAt\":\"" + now + "Z\"}");
            // already "published": the running service's relay must not send the baseline's stand-in events
            outbox.setObject(5, now);
            outbox.executeUpdate();
        }
        connection.commit();
        return true;
    }

    /** The first order of a day creates the day's row (V6 of order-service); the baseline does it once, ahead. */
    static void openDay(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT IGNORE INTO order_number_day (business_day, base) VALUES (?, NEXTVAL(order_sequence))")) {
            insert.setObject(1, LocalDate.now(BUSINESS_ZONE));
            insert.executeUpdate();
        }
    }
}
