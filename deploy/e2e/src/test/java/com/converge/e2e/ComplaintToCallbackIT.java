package com.converge.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.converge.kernel.testing.TestDatabase;
import com.converge.kernel.testing.Tokens;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The walking skeleton across two services and the real broker: a high-priority complaint raised
 * in complaint-service becomes a callback in callqueue-service's outstanding_requests, exactly
 * once, even when callqueue-service is killed with SIGKILL while the event is published.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ComplaintToCallbackIT {

    private static ServiceProcess complaints;
    private static ServiceProcess callqueue;

    @BeforeAll
    static void startPlatform() {
        ServiceProcess.createEveryTopic();
        TestDatabase.recreate("e2e_complaint");
        TestDatabase.recreate("e2e_callqueue");
        complaints = new ServiceProcess("complaint-service", "e2e_complaint").start();
        callqueue = new ServiceProcess("callqueue-service", "e2e_callqueue").start();
    }

    @AfterAll
    static void stopPlatform() throws InterruptedException {
        if (callqueue != null) {
            callqueue.close();
        }
        if (complaints != null) {
            complaints.close();
        }
    }

    @Test
    @Order(1)
    void aHighPriorityComplaintBecomesACallbackDueNow() {
        String complaintId = raiseComplaint(4101, "high");

        Map<String, Object> entry = awaitEntryOf(4101);
        assertThat(entry.get("queue")).isEqualTo("outstanding_requests");
        assertThat(((Map<?, ?>) entry.get("context")).get("complaintId")).isEqualTo(complaintId);
        assertThat(entry.get("callback")).isNotNull();
    }

    @Test
    @Order(2)
    void aComplaintRaisedWhileTheCallCentreIsDeadIsCalledBackExactlyOnceAfterItsRestart() throws Exception {
        callqueue.kill();

        raiseComplaint(4102, "critical");
        callqueue.start();

        awaitEntryOf(4102);
        // both consumers' effects are in: the event was handled once and yielded one entry
        assertThat(count("SELECT COUNT(*) FROM queue_entry WHERE customer_id = 4102")).isEqualTo(1);
        // the first complaint's offset may not have been committed before the kill: redelivered, not repeated
        assertThat(count("SELECT COUNT(*) FROM queue_entry WHERE customer_id = 4101")).isEqualTo(1);
        // complaint-events also carries CustomerHealthChanged now; the two complaints were received once each
        assertThat(count("SELECT COUNT(*) FROM inbox_event WHERE event_type LIKE '%ComplaintCreated'")).isEqualTo(2);
    }

    private static String raiseComplaint(long customerId, String priority) {
        return given().baseUri(complaints.baseUrl())
                .auth().oauth2(Tokens.customer(customerId))
                .contentType(ContentType.JSON)
                .body("""
                        {"type":"delay","priority":"%s","subject":"Electrician did not come","description":"Waited all morning"}
                        """.formatted(priority))
                .when().post("/api/v1/complaints")
                .then().statusCode(201)
                .extract().path("id");
    }

    private static Map<String, Object> awaitEntryOf(long customerId) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            List<Map<String, Object>> entries = given().baseUri(callqueue.baseUrl())
                    .auth().oauth2(Tokens.support("s-1"))
                    .queryParam("limit", 200)
                    .get("/api/v1/queues/outstanding_requests/entries")
                    .then().statusCode(200).extract().jsonPath().getList("$");
            return entries.stream().filter(e -> ((Number) e.get("customerId")).longValue() == customerId).findFirst().orElse(null);
        }, entry -> entry != null);
    }

    private static long count(String sql) throws Exception {
        try (Connection db = TestDatabase.connect("e2e_callqueue");
             PreparedStatement query = db.prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
