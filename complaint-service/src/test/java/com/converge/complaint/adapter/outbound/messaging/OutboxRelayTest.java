package com.converge.complaint.adapter.outbound.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.converge.kernel.testing.KafkaProbe;
import com.converge.kernel.testing.TestDatabase;
import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The kernel's outbox relay as this service runs it, against the real database and broker. */
@QuarkusTest
class OutboxRelayTest {

    @Test
    void aCommittedEventIsOnKafkaWithinASecond() throws Exception {
        String id = raiseComplaint();

        ConsumerRecord<String, String> record = KafkaProbe.await("complaint-events", r -> id.equals(r.key()), Duration.ofSeconds(10)).get(0);
        Instant occurred = occurredAt(id);
        Duration delay = Duration.between(occurred, Instant.ofEpochMilli(record.timestamp()));
        assertThat(delay).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void whileAnotherReplicasRelayHoldsTheLeaseNothingIsPublishedTwiceOrOutOfTurn() throws Exception {
        try (Connection otherReplica = TestDatabase.connect("complaint_test")) {
            otherReplica.setAutoCommit(false);
            try (PreparedStatement lease = otherReplica.prepareStatement(
                    "SELECT name FROM outbox_relay_lease WHERE name = 'relay' FOR UPDATE")) {
                lease.executeQuery().close();
            }

            String id = raiseComplaint();
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> !isPublished(id));

            otherReplica.commit();
            await().atMost(Duration.ofSeconds(10)).until(() -> isPublished(id));
            assertThat(KafkaProbe.await("complaint-events", r -> id.equals(r.key()), Duration.ofSeconds(10))).hasSize(1);
        }
    }

    private static String raiseComplaint() {
        return given().auth().oauth2(Tokens.customer(77)).contentType(ContentType.JSON)
                .body("""
                        {"type":"billing","priority":"medium","subject":"Charged twice","description":"Two debits for one booking"}
                        """)
                .post("/api/v1/complaints").then().statusCode(201).extract().path("id");
    }

    private static boolean isPublished(String aggregateId) throws Exception {
        try (Connection db = TestDatabase.connect("complaint_test");
             PreparedStatement query = db.prepareStatement("SELECT published_at FROM outbox_event WHERE aggregate_id = ?")) {
            query.setString(1, aggregateId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getTimestamp(1) != null;
            }
        }
    }

    private static Instant occurredAt(String aggregateId) throws Exception {
        try (Connection db = TestDatabase.connect("complaint_test");
             PreparedStatement query = db.prepareStatement("SELECT occurred_at FROM outbox_event WHERE aggregate_id = ?")) {
            query.setString(1, aggregateId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC);
            }
        }
    }
}
