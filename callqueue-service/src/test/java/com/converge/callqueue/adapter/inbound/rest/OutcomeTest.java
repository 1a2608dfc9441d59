package com.converge.callqueue.adapter.inbound.rest;

import static com.converge.callqueue.CallQueueFixtures.claim;
import static com.converge.callqueue.CallQueueFixtures.count;
import static com.converge.callqueue.CallQueueFixtures.deactivate;
import static com.converge.callqueue.CallQueueFixtures.insertOverdueEntry;
import static com.converge.callqueue.CallQueueFixtures.newCustomer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.converge.kernel.testing.KafkaProbe;
import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutcomeTest {

    private final List<Long> customers = new ArrayList<>();

    @AfterEach
    void cleanUp() throws Exception {
        deactivate(customers);
    }

    @Test
    void anOutcomeMovesTheScoreKeepsTheHistoryAndIsPublishedOncePerIdempotencyKey() throws Exception {
        String entry = claimedEntry("a-out-1");
        String key = UUID.randomUUID().toString();
        String body = "{\"outcome\":\"no_answer\",\"durationSeconds\":25,\"notes\":\"rang out\"}";

        Response first = record(entry, "a-out-1", key, body);
        first.then().statusCode(201)
                .body("score", equalTo(10))
                .body("attempts", equalTo(1))
                .body("scoreChange.outcomeAdjustment", equalTo(10))
                .body("connected", equalTo(false));
        Response repeat = record(entry, "a-out-1", key, body);
        repeat.then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("callId", equalTo(first.path("callId")));
        record(entry, "a-out-1", key, "{\"outcome\":\"busy\",\"durationSeconds\":25}")
                .then().statusCode(422).contentType("application/problem+json");

        assertThat(count("SELECT COUNT(*) FROM call_record WHERE entry_id = ?", entry)).isEqualTo(1);
        assertThat(count("SELECT attempts FROM daily_attempt WHERE customer_id = (SELECT customer_id FROM queue_entry WHERE id = ?)", entry))
                .isEqualTo(1);
        List<ConsumerRecord<String, String>> published = KafkaProbe.await("callqueue-events",
                r -> entry.equals(r.key()) && KafkaProbe.header(r, "ce_type").endsWith("CallCompleted"), Duration.ofSeconds(20));
        assertThat(published).hasSize(1);
        assertThat(published.get(0).value()).contains("\"outcome\":\"no_answer\"", "\"agentId\":\"a-out-1\"");

        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/entries/" + entry)
                .then().statusCode(200)
                .body("score", equalTo(10))
                .body("entry.claim", nullValue())
                .body("breakdown", hasSize(1))
                .body("breakdown[0].cause", equalTo("call no_answer (attempt 1)"))
                .body("breakdown[0].before", equalTo(0))
                .body("breakdown[0].after", equalTo(10));
    }

    @Test
    void aRequestedCallbackIsScheduledForTheAgentAndPublished() {
        String entry = claimedEntry("a-out-2");
        Instant due = Instant.now().plus(Duration.ofHours(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

        record(entry, "a-out-2", null, """
                {"outcome":"callback_requested","durationSeconds":90,
                 "callback":{"dueAt":"%s","reason":"after the meeting"}}""".formatted(due))
                .then().statusCode(201)
                .body("score", equalTo(0))
                .body("scoreChange.outcomeAdjustment", equalTo(-15))
                .body("callback.ownerAgent", equalTo("a-out-2"))
                .body("callback.reason", equalTo("after the meeting"));

        List<ConsumerRecord<String, String>> scheduled = KafkaProbe.await("callqueue-events",
                r -> entry.equals(r.key()) && KafkaProbe.header(r, "ce_type").endsWith("CallbackScheduled"), Duration.ofSeconds(20));
        assertThat(scheduled).singleElement().satisfies(r -> assertThat(r.value()).contains("\"ownerAgent\":\"a-out-2\""));
        // the callback is not due yet, so nobody is given the entry early
        for (int i = 0; i < 3; i++) {
            Response next = claim("unsigned_users", "a-out-other");
            if (next.statusCode() == 200) {
                assertThat((String) next.path("id")).isNotEqualTo(entry);
            }
        }
    }

    @Test
    void onlyTheAgentHoldingTheClaimRecordsAnOutcome() {
        String entry = claimedEntry("a-out-3");

        record(entry, "a-intruder", null, "{\"outcome\":\"busy\",\"durationSeconds\":3}")
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(Tokens.support("s-1")).contentType("application/json")
                .body("{\"outcome\":\"busy\",\"durationSeconds\":3}").post("/api/v1/entries/" + entry + "/outcomes")
                .then().statusCode(403);
        record(UUID.randomUUID().toString(), "a-out-3", null, "{\"outcome\":\"busy\",\"durationSeconds\":3}")
                .then().statusCode(404);
    }

    @Test
    void badOutcomesAreNamedAndChangeNothing() throws Exception {
        String entry = claimedEntry("a-out-4");

        record(entry, "a-out-4", null, "{\"outcome\":\"maybe\",\"durationSeconds\":3}")
                .then().statusCode(400).body("errors[0].field", equalTo("outcome"));
        record(entry, "a-out-4", null, "{\"outcome\":\"busy\"}")
                .then().statusCode(400).body("errors[0].field", equalTo("durationSeconds"));
        record(entry, "a-out-4", null, "{\"outcome\":\"callback_requested\",\"durationSeconds\":3}")
                .then().statusCode(422).body("errors[0].field", equalTo("callback"));
        record(entry, "a-out-4", null, """
                {"outcome":"busy","durationSeconds":3,"callback":{"dueAt":"2020-01-01T00:00:00Z"}}""")
                .then().statusCode(422).body("errors[0].field", equalTo("callback.dueAt"));
        record(entry, "a-out-4", null, "{\"outcome\":\"verified\",\"durationSeconds\":3}")
                .then().statusCode(422).body("errors[0].field", equalTo("outcome"));
        record("not-an-id", "a-out-4", null, "{\"outcome\":\"busy\",\"durationSeconds\":3}")
                .then().statusCode(400).body("errors[0].field", equalTo("id"));

        assertThat(count("SELECT COUNT(*) FROM call_record WHERE entry_id = ?", entry)).isZero();
        assertThat(count("SELECT score FROM queue_entry WHERE id = ?", entry)).isZero();
    }

    private String claimedEntry(String agent) {
        long customer = newCustomer();
        customers.add(customer);
        try {
            String entry = insertOverdueEntry(customer, "unsigned_users", null);
            claim("unsigned_users", agent).then().statusCode(200).body("id", equalTo(entry));
            return entry;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Response record(String entry, String agent, String idempotencyKey, String body) {
        var request = given().auth().oauth2(Tokens.agent(agent)).contentType("application/json").body(body);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post("/api/v1/entries/" + entry + "/outcomes");
    }
}
