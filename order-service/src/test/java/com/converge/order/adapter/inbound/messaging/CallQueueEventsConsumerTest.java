package com.converge.order.adapter.inbound.messaging;

import static com.converge.order.Shop.count;
import static com.converge.order.Shop.newCustomer;
import static com.converge.order.Shop.order;
import static com.converge.order.Shop.placedOrder;
import static com.converge.order.Shop.product;
import static com.converge.order.Shop.stock;
import static com.converge.order.Shop.text;
import static com.converge.order.Shop.uniqueSku;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.converge.kernel.testing.KafkaProbe;
import com.converge.kernel.testing.Tokens;
import com.converge.order.Shop;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The verification round trip: OrderVerificationRequested out, OrderVerificationCompleted in on the real broker. */
@QuarkusTest
class CallQueueEventsConsumerTest {

    @Test
    void aCodOrderFromANewBuyerWaitsForItsCallAndIsConfirmedWhenVerified() throws Exception {
        String sku = uniqueSku("COD");
        String variant = product(sku, 5, "300.00");
        long customer = newCustomer();
        String id = order(customer, "cod", "[{\"sku\":\"" + sku + "\",\"quantity\":1}]").then().statusCode(201)
                .body("verification", equalTo("awaiting_call"))
                .body("actionRequired", equalTo("awaiting verification call"))
                .extract().path("id");
        assertThat(KafkaProbe.await("order-events", r -> id.equals(r.key())
                && "converge.order.OrderVerificationRequested".equals(KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(20))).hasSize(1);
        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/orders/open?limit=100").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.actionRequired", equalTo("awaiting verification call"));

        String eventId = UUID.randomUUID().toString();
        verificationCompleted(eventId, id, customer, true, null);
        verificationCompleted(eventId, id, customer, true, null);

        await().atMost(Duration.ofSeconds(30)).until(() -> "CONFIRMED".equals(text("SELECT status FROM customer_order WHERE id = ?", id)));
        assertThat(stock(variant)).containsExactly(4, 0);
        assertThat(count("SELECT COUNT(*) FROM order_status_history WHERE order_id = ? AND to_status = 'CONFIRMED'", id)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM inbox_event WHERE event_id = ?", eventId)).isEqualTo(1);
        given().auth().oauth2(Tokens.agent("a-1")).get("/api/v1/buyers/" + customer + "/verifications").then().statusCode(200)
                .body("[0].orderId", equalTo(id)).body("[0].outcome", equalTo("verified")).body("[0].agentId", equalTo("a-1"));
    }

    @Test
    void aFailedCallCancelsTheOrderWithTheAgentsReasonOnceHoweverOftenItArrives() throws Exception {
        String sku = uniqueSku("CODX");
        String variant = product(sku, 5, "300.00");
        long customer = newCustomer();
        String id = placedOrder(customer, "cod", sku, 2);
        String eventId = UUID.randomUUID().toString();
        verificationCompleted(eventId, id, customer, false, "customer denies ordering");
        verificationCompleted(eventId, id, customer, false, "customer denies ordering");

        await().atMost(Duration.ofSeconds(30)).until(() -> "CANCELLED".equals(text("SELECT status FROM customer_order WHERE id = ?", id)));
        assertThat(text("SELECT cancel_reason FROM customer_order WHERE id = ?", id)).isEqualTo("customer denies ordering");
        assertThat(stock(variant)).containsExactly(5, 0);
        assertThat(count("SELECT COUNT(*) FROM inventory_ledger WHERE variant_id = ? AND reason = 'release'", variant)).isEqualTo(1);
        assertThat(KafkaProbe.await("order-events", r -> id.equals(r.key())
                && "converge.order.OrderCancelled".equals(KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(20))).hasSize(1);
    }

    @Test
    void aTrustedBuyerSkipsTheCallUntilTheyRefuseAParcel() {
        String sku = uniqueSku("TRUST");
        product(sku, 10, "100.00");
        long customer = newCustomer();
        String first = placedOrder(customer, "prepaid", sku, 1);
        for (String move : new String[]{"confirm", "pack"}) {
            Shop.admin(first, move, null);
        }
        Shop.admin(first, "ship", "{\"carrier\":\"BlueDart\"}");
        Shop.admin(first, "deliver", null);

        // the test profile trusts a buyer after one delivery
        String trusted = order(customer, "cod", "[{\"sku\":\"" + sku + "\",\"quantity\":1}]").then().statusCode(201)
                .body("verification", equalTo("not_required")).extract().path("id");
        for (String move : new String[]{"confirm", "pack"}) {
            Shop.admin(trusted, move, null);
        }
        Shop.admin(trusted, "ship", "{\"carrier\":\"BlueDart\"}");
        Shop.admin(trusted, "refuse-delivery", null);

        order(customer, "cod", "[{\"sku\":\"" + sku + "\",\"quantity\":1}]").then().statusCode(201)
                .body("verification", equalTo("awaiting_call"));
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicWithItsHeadersAndTheNextEventIsStillHandled() throws Exception {
        String poisonKey = "poison-" + UUID.randomUUID();
        KafkaProbe.send("callqueue-events", poisonKey, "{not json", Map.of());
        String badDataKey = "bad-data-" + UUID.randomUUID();
        String badEventId = UUID.randomUUID().toString();
        Shop.publish("callqueue-events", "callqueue", "OrderVerificationCompleted", badEventId, badDataKey,
                "{\"orderId\":\"not an order\",\"verified\":\"perhaps\"}");
        String sku = uniqueSku("DLQ");
        product(sku, 5, "300.00");
        long customer = newCustomer();
        String id = placedOrder(customer, "cod", sku, 1);
        verificationCompleted(UUID.randomUUID().toString(), id, customer, true, null);

        await().atMost(Duration.ofSeconds(30)).until(() -> "CONFIRMED".equals(text("SELECT status FROM customer_order WHERE id = ?", id)));
        List<ConsumerRecord<String, String>> poison = KafkaProbe.await("callqueue-events-dlq", r -> poisonKey.equals(r.key()),
                Duration.ofSeconds(20));
        assertThat(poison).singleElement().satisfies(r -> {
            assertThat(r.value()).isEqualTo("{not json");
            assertThat(KafkaProbe.header(r, "dead-letter-reason")).contains("not a CloudEvent");
            assertThat(KafkaProbe.header(r, "dead-letter-topic")).isEqualTo("callqueue-events");
        });
        assertThat(KafkaProbe.await("callqueue-events-dlq", r -> badDataKey.equals(r.key()), Duration.ofSeconds(20)))
                .singleElement()
                .satisfies(r -> {
                    assertThat(KafkaProbe.header(r, "dead-letter-reason")).contains("does not fit OrderVerificationCompleted");
                    assertThat(KafkaProbe.header(r, "ce_id")).isEqualTo(badEventId);
                    assertThat(KafkaProbe.header(r, "ce_type")).isEqualTo("converge.callqueue.OrderVerificationCompleted");
                });
        assertThat(count("SELECT COUNT(*) FROM inbox_event WHERE event_id = ?", badEventId)).isZero();
    }

    private static void verificationCompleted(String eventId, String orderId, long customer, boolean verified, String reason) {
        String data = """
                {"orderId":"%s","customerId":%d,"verified":%s,"agentId":"a-1","reason":%s,"completedAt":"%s"}
                """.formatted(orderId, customer, verified, reason == null ? "null" : "\"" + reason + "\"", Instant.now());
        Shop.publish("callqueue-events", "callqueue", "OrderVerificationCompleted", eventId, orderId, data);
    }
}
