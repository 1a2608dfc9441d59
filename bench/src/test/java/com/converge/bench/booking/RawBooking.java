package com.converge.bench.booking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Creating a booking of two items with an Idempotency-Key in plain JDBC: the statements booking-service
 * runs for it, in the same order (IdempotentRequests, CreateBookingService, MariaDbBookings,
 * PanacheOutbox): the key's lookup outside the transaction; then in one transaction the key's claim,
 * the customer's addresses, the booking row, its items in one INSERT, the BookingCreated outbox row, the
 * key's stored answer. The catalog is priced from memory, as the service does from its catalog read
 * model. What it leaves out is the service's own cost: HTTP, JWT, JSON, validation, Hibernate, the
 * reactive pool.
 */
final class RawBooking {

    private static final String RESPONSE_BODY = "{\"id\":\"%s\",\"customerId\":%d,\"addressId\":%d,\"pincode\":\"%s\","
            + "\"status\":\"PENDING\",\"paymentStatus\":\"PENDING\",\"providerId\":null,\"items\":[%s],"
            + "\"taxableTotal\":%s,\"taxTotal\":%s,\"total\":%s,\"createdAt\":\"%sZ\",\"reschedules\":[]}";

    private final Map<Long, BigDecimal> prices = new HashMap<>();
    private final List<Long> rateCards;

    RawBooking(List<Long> rateCards) throws SQLException {
        this.rateCards = rateCards;
        try (Connection connection = Bookings.DB.connect();
             PreparedStatement query = connection.prepareStatement("SELECT id, price FROM rate_card");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                prices.put(rows.getLong(1), rows.getBigDecimal(2));
            }
        }
    }

    void book(Connection connection, long customerId) throws SQLException {
        String scope = "create-booking:" + customerId;
        String key = UUID.randomUUID().toString();
        String id = UUID.randomUUID().toString();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        connection.setAutoCommit(true);
        query(connection, "SELECT request_hash, response_status, response_body, response_location FROM idempotency_key"
                + " WHERE scope = ? AND idempotency_key = ?", scope, key);
        connection.setAutoCommit(false);
        update(connection, "INSERT INTO idempotency_key (scope, idempotency_key, request_hash, response_status, created_at)"
                + " VALUES (?, ?, ?, 0, ?)", scope, key, sha256Shaped(key), now);
        String pincode;
        String state;
        try (PreparedStatement statement = prepare(connection, """
                SELECT id, customer_id, label, line1, line2, city, state_code, pincode, is_default, created_at
                FROM address WHERE customer_id = ? ORDER BY is_default DESC, id""", customerId);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            state = rows.getString("state_code");
            pincode = rows.getString("pincode");
        }
        List<Long> cards = CreateBookingSimulation.twoRateCards(rateCards);
        boolean intraState = "KA".equals(state);
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Kolkata")).plusDays(ThreadLocalRandom.current().nextInt(2, 61));
        int slot = ThreadLocalRandom.current().nextInt(CreateBookingSimulation.SLOTS.size() - 1);
        BigDecimal taxable = BigDecimal.ZERO.setScale(2);
        BigDecimal tax = BigDecimal.ZERO.setScale(2);
        Object[] items = new Object[32];
        StringBuilder itemsJson = new StringBuilder();
        for (int line = 0; line < 2; line++) {
            BigDecimal price = prices.get(cards.get(line));
            BigDecimal half = price.multiply(new BigDecimal("0.09")).setScale(2, RoundingMode.HALF_UP);
            BigDecimal igst = price.multiply(new BigDecimal("0.18")).setScale(2, RoundingMode.HALF_UP);
            taxable = taxable.add(price);
            tax = tax.add(intraState ? half.add(half) : igst);
            Object[] item = {id, line + 1, cards.get(line), 1, "IMMOVABLE_PROPERTY", "Service " + cards.get(line), price, 1, 60, day,
                    CreateBookingSimulation.SLOTS.get(slot + line), state, price, intraState ? half : BigDecimal.ZERO,
                    intraState ? half : BigDecimal.ZERO, intraState ? BigDecimal.ZERO : igst};
            System.arraycopy(item, 0, items, line * 16, 16);
            itemsJson.append(line == 0 ? "" : ",").append("{\"lineNo\":").append(line + 1).append(",\"rateCardId\":")
                    .append(cards.get(line)).append(",\"description\":\"Service ").append(cards.get(line))
                    .append("\",\"unitPrice\":").append(price).append(",\"quantity\":1,\"date\":\"").append(day)
                    .append("\",\"slot\":\"").append(CreateBookingSimulation.SLOTS.get(slot + line)).append("\"}");
        }
        BigDecimal total = taxable.add(tax);
        update(connection, """
                INSERT INTO booking (id, customer_id, address_id, pincode, service_state, billing_state, status, payment_status,
                                     provider_id, taxable_total, tax_total, total, created_at)
                VALUES (?, ?, ?, ?, ?, ?, 'PENDING', 'PENDING', NULL, ?, ?, ?, ?)""",
                id, customerId, customerId, pincode, state, state, taxable, tax, total, now);
        update(connection, """
                INSERT INTO booking_item (booking_id, line_no, rate_card_id, subcategory_id, supply_kind, description, unit_price,
                                          quantity, duration_minutes, slot_date, slot_start, place_of_supply, taxable, cgst, sgst, igst)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", items);
        update(connection, "INSERT INTO outbox_event (event_id, topic, aggregate_id, event_type, data_schema, source,"
                        + " occurred_at, payload) VALUES (?, 'booking-events', ?, 'BookingCreated',"
                        + " 'urn:converge:schema:booking-events:BookingCreated:1', 'booking-service', ?, ?)",
                UUID.randomUUID().toString(), id, now,
                "{\"bookingId\":\"" + id + "\",\"customerId\":" + customerId + ",\"itemCount\":2,\"totalAmount\":" + total
                        + ",\"pincode\":\"" + pincode + "\",\"firstSlotStart\":\"" + day + "T02:30:00Z\",\"createdAt\":\"" + now + "Z\"}");
        update(connection, "UPDATE idempotency_key SET response_status = 201, response_body = ?, response_location = ?"
                        + " WHERE scope = ? AND idempotency_key = ?",
                String.format(RESPONSE_BODY, id, customerId, customerId, pincode, itemsJson, taxable, tax, total, now),
                "http://127.0.0.1:8081/api/v1/bookings/" + id, scope, key);
        connection.commit();
    }

    /** The service stores a SHA-256 of the request: 64 hex characters. */
    private static String sha256Shaped(String key) {
        return (key.replace("-", "") + key.replace("-", "")).substring(0, 64);
    }

    private static void query(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.executeQuery().close();
        }
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
