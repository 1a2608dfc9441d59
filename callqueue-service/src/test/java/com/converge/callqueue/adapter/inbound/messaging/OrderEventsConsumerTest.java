package com.converge.callqueue.adapter.inbound.messaging;

import static com.converge.callqueue.CallQueueFixtures.awaitCount;
import static com.converge.callqueue.CallQueueFixtures.claim;
import static com.converge.callqueue.CallQueueFixtures.count;
import static com.converge.callqueue.CallQueueFixtures.deactivate;
import static com.converge.callqueue.CallQueueFixtures.drain;
import static com.converge.callqueue.CallQueueFixtures.newCustomer;
import static com.converge.callqueue.CallQueueFixtures.publish;
import static com.converge.callqueue.CallQueueFixtures.text;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.converge.kernel.testing.KafkaProbe;
import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** order-events on the real broker: the verification round trip with order-service, and conversions by order. */
@QuarkusTest
class OrderEventsConsumerTest {

    private final List<Long> customers = new ArrayList<>();

    @AfterEach
    void cleanUp() throws Exception {
        deactivate(customers);
    }

    @Test
    void aVerificationRequestIsOneCallWithTheOrderAsContextHoweverOftenItArrives() throws Exception {
        long customer = customer();
        String orderId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        verificationRequested(eventId, orderId, customer);
        verificationRequested(eventId, orderId, customer);
        long marker = customer();
        verificationRequested(UUID.randomUUID().toString(), UUID.randomUUID().toString(), marker);

        awaitCount(1, "SELECT COUNT(*) FROM queue_entry WHERE customer_id = ?", marker);
        assertThat(count("SELECT COUNT(*) FROM queue_entry WHERE customer_id = ? AND queue = 'OUTSTANDING_REQUESTS' "
                + "AND source = 'order_verification' AND order_id = ? AND active", customer, orderId)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM inbox_event WHERE event_id = ?", eventId)).isEqualTo(1);
    }

    @Test
    void theAgentsVerificationCallTellsOrderServiceTheOrderIsVerified() throws Exception {
        long customer = customer();
        String orderId = UUID.randomUUID().toString();
        drain("outstanding_requests");
        verificationRequested(UUID.randomUUID().toString(), orderId, customer);
        awaitCount(1, "SELECT COUNT(*) FROM queue_entry WHERE customer_id = ?", customer);
        String entry = text("SELECT id FROM queue_entry WHERE customer_id = ?", customer);

        claim("outstanding_requests", "a-verifier").then().statusCode(200)
                .body("id", equalTo(entry)).body("source", equalTo("order_verification"))
                .body("context.orderId", equalTo(orderId));
        given().auth().oauth2(Tokens.agent("a-verifier")).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"outcome\":\"verified\",\"durationSeconds\":75,\"notes\":\"address confirmed\"}")
                .post("/api/v1/entries/" + entry + "/outcomes").then().statusCode(201).body("entryActive", equalTo(false));

        List<ConsumerRecord<String, String>> completed = KafkaProbe.await("callqueue-events",
                r -> orderId.equals(r.key()) && KafkaProbe.header(r, "ce_type").endsWith("OrderVerificationCompleted"),
                Duration.ofSeconds(20));
        assertThat(completed).singleElement().satisfies(r -> assertThat(r.value())
                .contains("\"verified\":true", "\"agentId\":\"a-verifier\"", "\"reason\":\"address confirmed\""));
    }

    @Test
    void aRefusedVerificationTellsOrderServiceTheOrderIsNotVerifiedWithTheReason() throws Exception {
        long customer = customer();
        String orderId = UUID.randomUUID().toString();
        drain("outstanding_requests");
        verificationRequested(UUID.randomUUID().toString(), orderId, customer);
        awaitCount(1, "SELECT COUNT(*) FROM queue_entry WHERE customer_id = ?", customer);
        String entry = text("SELECT id FROM queue_entry WHERE customer_id = ?", customer);

        claim("outstanding_requests", "a-verifier-2").then().statusCode(200).body("id", equalTo(entry));
        given().auth().oauth2(Tokens.agent("a-verifier-2")).contentType("application/json")
                .body("{\"outcome\":\"refused\",\"durationSeconds\":20,\"notes\":\"customer never ordered this\"}")
                .post("/api/v1/entries/" + entry + "/outcomes").then().statusCode(201);

        assertThat(KafkaProbe.await("callqueue-events",
                r -> orderId.equals(r.key()) && KafkaProbe.header(r, "ce_type").endsWith("OrderVerificationCompleted"),
                Duration.ofSeconds(20)))
                .singleElement().satisfies(r -> assertThat(r.value())
                        .contains("\"verified\":false", "\"reason\":\"customer never ordered this\""));
    }

    @Test
    void aLeadsFirstOrderConvertsAndItsCancellationClawsTheCommissionBack() throws Exception {
        long customer = customer();
        BookingEventsConsumerTest.registered(UUID.randomUUID().toString(), customer);
        awaitCount(1, "SELECT COUNT(*) FROM queue_entry WHERE customer_id = ? AND queue = 'UNSIGNED_USERS'", customer);
        String orderId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        orderPlaced(eventId, orderId, customer);
        orderPlaced(eventId, orderId, customer);

        awaitCount(1, "SELECT COUNT(*) FROM conversion WHERE reference_id = ? AND conversion_type = 'order'", orderId);
        // nobody called this lead: it converted on its own, and no agent earns a commission
        assertThat(text("SELECT commission_amount FROM conversion WHERE reference_id = ?", orderId)).isEqualTo("0.00");
        assertThat(count("SELECT COUNT(*) FROM queue_entry WHERE customer_id = ? AND active", customer)).isZero();

        String cancelId = UUID.randomUUID().toString();
        for (int delivery = 0; delivery < 2; delivery++) {
            publish("OrderCancelled", cancelId, orderId, """
                    {"orderId":"%s","orderNumber":"QS-1","customerId":%d,"reason":"changed mind","cancelledBy":"customer",
                     "refundAmount":0,"cancelledAt":"%s"}""".formatted(orderId, customer, Instant.now()));
        }
        awaitCount(1, "SELECT COUNT(*) FROM conversion WHERE reference_id = ? AND clawed_back_at IS NOT NULL", orderId);
        awaitCount(1, "SELECT COUNT(*) FROM inbox_event WHERE event_id = ?", cancelId);
    }

    static void verificationRequested(String eventId, String orderId, long customer) {
        publish("OrderVerificationRequested", eventId, orderId, """
                {"orderId":"%s","orderNumber":"QS-%s","customerId":%d,"totalAmount":1499.00,"requestedAt":"%s"}"""
                .formatted(orderId, orderId.substring(0, 6), customer, Instant.now()));
    }

    private static void orderPlaced(String eventId, String orderId, long customer) {
        publish("OrderPlaced", eventId, orderId, """
                {"orderId":"%s","orderNumber":"QS-2","customerId":%d,"lineCount":2,"totalAmount":899.50,
                 "paymentMethod":"prepaid","verificationRequired":false,"placedAt":"%s"}"""
                .formatted(orderId, customer, Instant.now()));
    }

    private long customer() {
        long customer = newCustomer();
        customers.add(customer);
        return customer;
    }
}
