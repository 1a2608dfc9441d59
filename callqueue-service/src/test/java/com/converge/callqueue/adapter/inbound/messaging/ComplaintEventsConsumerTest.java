package com.converge.callqueue.adapter.inbound.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.converge.kernel.testing.KafkaProbe;
import com.converge.kernel.testing.TestDatabase;
import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** ComplaintCreated records on the real broker, written the way any CloudEvents producer would. */
@QuarkusTest
class ComplaintEventsConsumerTest {

    private static final AtomicLong CUSTOMERS = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 100);

    @Test
    void anUrgentComplaintPutsTheCustomerInOutstandingRequestsWithACallbackDueNow() {
        long customer = CUSTOMERS.incrementAndGet();
        String complaintId = UUID.randomUUID().toString();
        publishComplaintCreated(UUID.randomUUID().toString(), complaintId, customer, "critical");

        Map<String, Object> entry = awaitEntryOf(customer);
        assertThat(entry.get("queue")).isEqualTo("outstanding_requests");
        assertThat(entry.get("score")).isEqualTo(0);
        assertThat(entry.get("source")).isEqualTo("complaint");
        assertThat(((Map<?, ?>) entry.get("context")).get("complaintId")).isEqualTo(complaintId);
        Instant due = Instant.parse((String) ((Map<?, ?>) entry.get("callback")).get("dueAt"));
        assertThat(due).isBeforeOrEqualTo(Instant.now());
    }

    @Test
    void theSameEventDeliveredTwiceYieldsOneEntry() throws Exception {
        long customer = CUSTOMERS.incrementAndGet();
        String eventId = UUID.randomUUID().toString();
        String complaintId = UUID.randomUUID().toString();
        publishComplaintCreated(eventId, complaintId, customer, "high");
        publishComplaintCreated(eventId, complaintId, customer, "high");
        // a later event proves the consumer went past both copies
        long marker = CUSTOMERS.incrementAndGet();
        publishComplaintCreated(UUID.randomUUID().toString(), UUID.randomUUID().toString(), marker, "high");
        awaitEntryOf(marker);

        assertThat(count("SELECT COUNT(*) FROM queue_entry WHERE customer_id = ?", customer)).isEqualTo(1);
        assertThat(countInbox(eventId)).isEqualTo(1);
    }

    @Test
    void aSecondUrgentComplaintUpdatesTheEntryInsteadOfAddingAnother() throws Exception {
        long customer = CUSTOMERS.incrementAndGet();
        publishComplaintCreated(UUID.randomUUID().toString(), UUID.randomUUID().toString(), customer, "high");
        awaitEntryOf(customer);
        String second = UUID.randomUUID().toString();
        publishComplaintCreated(UUID.randomUUID().toString(), second, customer, "critical");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(((Map<?, ?>) awaitEntryOf(customer).get("context")).get("complaintId")).isEqualTo(second));
        assertThat(count("SELECT COUNT(*) FROM queue_entry WHERE customer_id = ?", customer)).isEqualTo(1);
    }

    @Test
    void lowAndMediumComplaintsAreNotCalledBack() throws Exception {
        long customer = CUSTOMERS.incrementAndGet();
        String eventId = UUID.randomUUID().toString();
        publishComplaintCreated(eventId, UUID.randomUUID().toString(), customer, "low");

        await().atMost(Duration.ofSeconds(20)).until(() -> countInbox(eventId) == 1);
        assertThat(count("SELECT COUNT(*) FROM queue_entry WHERE customer_id = ?", customer)).isZero();
    }

    @Test
    void aMalformedMessageGoesToTheDeadLetterTopicAndTheNextOneIsStillHandled() {
        String poisonKey = "poison-" + UUID.randomUUID();
        KafkaProbe.send("complaint-events", poisonKey, "{not json", Map.of());
        String badDataKey = "bad-data-" + UUID.randomUUID();
        KafkaProbe.send("complaint-events", badDataKey, "{\"customerId\":\"not a number\"}", cloudEventHeaders(UUID.randomUUID().toString(), badDataKey));
        long customer = CUSTOMERS.incrementAndGet();
        publishComplaintCreated(UUID.randomUUID().toString(), UUID.randomUUID().toString(), customer, "high");

        awaitEntryOf(customer);
        List<ConsumerRecord<String, String>> dead = KafkaProbe.await("complaint-events-dlq",
                r -> poisonKey.equals(r.key()), Duration.ofSeconds(20));
        assertThat(dead).hasSize(1);
        assertThat(KafkaProbe.header(dead.get(0), "dead-letter-reason")).contains("not a CloudEvent");
        assertThat(KafkaProbe.await("complaint-events-dlq", r -> badDataKey.equals(r.key()), Duration.ofSeconds(20)))
                .singleElement()
                .satisfies(r -> assertThat(KafkaProbe.header(r, "dead-letter-reason")).contains("does not fit ComplaintCreated"));
    }

    static void publishComplaintCreated(String eventId, String complaintId, long customerId, String priority) {
        String data = """
                {"complaintId":"%s","customerId":%d,"type":"delay","priority":"%s","subject":"Late",
                 "bookingId":null,"orderId":null,"responseDueAt":"%s","resolutionDueAt":"%s","createdAt":"%s"}
                """.formatted(complaintId, customerId, priority, Instant.now().plusSeconds(3600),
                Instant.now().plusSeconds(14400), Instant.now());
        KafkaProbe.send("complaint-events", complaintId, data, cloudEventHeaders(eventId, complaintId));
    }

    private static Map<String, String> cloudEventHeaders(String eventId, String subject) {
        return Map.of(
                "ce_specversion", "1.0",
                "ce_id", eventId,
                "ce_type", "converge.complaint.ComplaintCreated",
                "ce_source", "/converge/complaint-service",
                "ce_subject", subject,
                "ce_time", Instant.now().toString(),
                "ce_dataschema", "urn:converge:schema:complaint-events:ComplaintCreated:1",
                "content-type", "application/json");
    }

    static Map<String, Object> awaitEntryOf(long customerId) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonPath page = given().auth().oauth2(Tokens.support("s-1"))
                    .queryParam("limit", 200)
                    .get("/api/v1/queues/outstanding_requests/entries")
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> entries = page.getList("$");
            return entries.stream().filter(e -> ((Number) e.get("customerId")).longValue() == customerId).findFirst().orElse(null);
        }, e -> e != null);
    }

    private static long countInbox(String eventId) throws Exception {
        return count("SELECT COUNT(*) FROM inbox_event WHERE event_id = ?", eventId);
    }

    private static long count(String sql, Object parameter) throws Exception {
        try (Connection db = TestDatabase.connect("callqueue_test"); PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
