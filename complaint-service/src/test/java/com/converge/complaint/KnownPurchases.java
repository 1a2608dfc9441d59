package com.converge.complaint;

import static org.awaitility.Awaitility.await;

import com.converge.kernel.testing.KafkaProbe;
import com.converge.kernel.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Bookings and orders announced on the real broker, as booking-service and order-service would. */
public final class KnownPurchases {

    private KnownPurchases() {
    }

    public static void publishBookingCreated(String eventId, String bookingId, long customerId, String amount) {
        String data = """
                {"bookingId":"%s","customerId":%d,"itemCount":1,"totalAmount":%s,"pincode":"560001",
                 "firstSlotStart":"%s","createdAt":"%s"}""".formatted(bookingId, customerId, amount, Instant.now(), Instant.now());
        KafkaProbe.send("booking-events", bookingId, data, headers(eventId, "booking", "booking-events", "BookingCreated", bookingId));
    }

    public static void publishOrderPlaced(String eventId, String orderId, long customerId, String amount) {
        String data = """
                {"orderId":"%s","orderNumber":"ORD-1","customerId":%d,"lineCount":2,"totalAmount":%s,
                 "paymentMethod":"prepaid","verificationRequired":false,"placedAt":"%s"}""".formatted(orderId, customerId, amount, Instant.now());
        KafkaProbe.send("order-events", orderId, data, headers(eventId, "order", "order-events", "OrderPlaced", orderId));
    }

    /** A booking of the customer that complaint-service has recorded. */
    public static String knownBooking(long customerId) {
        String bookingId = UUID.randomUUID().toString();
        publishBookingCreated(UUID.randomUUID().toString(), bookingId, customerId, "1499.00");
        awaitRecorded(bookingId);
        return bookingId;
    }

    public static String knownOrder(long customerId) {
        String orderId = UUID.randomUUID().toString();
        publishOrderPlaced(UUID.randomUUID().toString(), orderId, customerId, "799.50");
        awaitRecorded(orderId);
        return orderId;
    }

    public static void awaitRecorded(String purchaseId) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> count("SELECT COUNT(*) FROM purchase WHERE id = ?", purchaseId) == 1);
    }

    public static long count(String sql, Object... parameters) throws Exception {
        try (Connection db = TestDatabase.connect("complaint_test"); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Any event of another context, as its service would publish it. */
    public static void publish(String topic, String context, String type, String key, String eventId, String data) {
        KafkaProbe.send(topic, key, data, headers(eventId, context, topic, type, key));
    }

    private static Map<String, String> headers(String eventId, String context, String topic, String type, String subject) {
        return Map.of(
                "ce_specversion", "1.0",
                "ce_id", eventId,
                "ce_type", "converge." + context + "." + type,
                "ce_source", "/converge/" + context + "-service",
                "ce_subject", subject,
                "ce_time", Instant.now().toString(),
                "ce_dataschema", "urn:converge:schema:" + topic + ":" + type + ":1",
                "content-type", "application/json");
    }
}
