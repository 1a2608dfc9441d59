package com.converge.complaint;

import static com.converge.complaint.KnownPurchases.count;
import static com.converge.complaint.KnownPurchases.publish;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** What booking-, order- and callqueue-service announce about a customer, on the real broker, and the rows it leads to. */
public final class CustomerEvents {

    private CustomerEvents() {
    }

    public static void bookingCompleted(String eventId, String bookingId, long customerId) {
        publish("booking-events", "booking", "BookingCompleted", bookingId, eventId, """
                {"bookingId":"%s","customerId":%d,"providerId":"p-1","totalAmount":1499.00,"invoiceNumber":"INV-1",
                 "completedAt":"%s"}""".formatted(bookingId, customerId, Instant.now()));
    }

    public static void refundIssued(String eventId, String bookingId, long customerId) {
        publish("booking-events", "booking", "RefundIssued", bookingId, eventId, """
                {"refundId":"r-%s","bookingId":"%s","customerId":%d,"amount":200.00,"destination":"wallet","reason":"late",
                 "creditNoteNumber":"CN-1","issuedAt":"%s"}""".formatted(eventId, bookingId, customerId, Instant.now()));
    }

    public static void referralCredited(String eventId, long customerId) {
        publish("booking-events", "booking", "WalletCredited", Long.toString(customerId), eventId, """
                {"entryId":"wal-%s","customerId":%d,"amount":100.00,"reason":"referral","reference":"referral:7",
                 "balanceAfter":100.00,"creditedAt":"%s"}""".formatted(eventId, customerId, Instant.now()));
    }

    public static void orderDelivered(String eventId, String orderId, long customerId) {
        publish("order-events", "order", "OrderDelivered", orderId, eventId, """
                {"orderId":"%s","orderNumber":"ORD-1","customerId":%d,"totalAmount":799.50,"deliveredAt":"%s"}"""
                .formatted(orderId, customerId, Instant.now()));
    }

    public static void callCompleted(String eventId, String callId, long customerId) {
        String entryId = UUID.randomUUID().toString();
        publish("callqueue-events", "callqueue", "CallCompleted", entryId, eventId, """
                {"callId":"%s","entryId":"%s","customerId":%d,"agentId":"a-3","queue":"outstanding_requests",
                 "outcome":"connected","connected":true,"durationSeconds":180,"complaintId":null,"orderId":null,
                 "completedAt":"%s"}""".formatted(callId, entryId, customerId, Instant.now()));
    }

    public static void awaitCount(long expected, String sql, Object... parameters) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> count(sql, parameters) == expected);
    }
}
