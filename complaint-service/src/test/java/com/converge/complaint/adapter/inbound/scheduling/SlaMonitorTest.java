package com.converge.complaint.adapter.inbound.scheduling;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.converge.complaint.application.port.inbound.RunSlaMonitorUseCase;
import com.converge.kernel.testing.KafkaProbe;
import com.converge.kernel.testing.MovableTimeSource;
import com.converge.kernel.testing.TestDatabase;
import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.restassured.http.ContentType;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The monitor on the real database and broker, with the services' clock moved forward. */
@QuarkusTest
class SlaMonitorTest {

    private static final AtomicLong CUSTOMERS = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 100 + 50_000_000);

    @Inject
    MovableTimeSource clock;

    @Inject
    RunSlaMonitorUseCase monitor;

    @Inject
    Vertx vertx;

    @Test
    void aCriticalComplaintIsWarnedThenBreachedAndItsOverdueResolutionEscalates() throws Exception {
        String id = raiseCritical();
        await().atMost(Duration.ofSeconds(20)).until(() -> healthComputedAt(id) != null);
        String assessedOnCreation = healthComputedAt(id);

        clock.advance(Duration.ofMinutes(50));
        awaitEvent(id, "SlaWarning", "first_response");
        // a warning is no health fact: the health pass (every second here) leaves the customer alone
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> assessedOnCreation.equals(healthComputedAt(id)));
        clock.advance(Duration.ofMinutes(15));
        awaitEvent(id, "SlaBreached", "first_response");
        await().atMost(Duration.ofSeconds(20)).until(() -> !assessedOnCreation.equals(healthComputedAt(id)));
        assertThat(count("SELECT COUNT(*) FROM customer_health h JOIN complaint c ON c.customer_id = h.customer_id"
                + " WHERE c.id = ? AND h.computed_at >= c.created_at + INTERVAL 65 MINUTE", id)).isEqualTo(1);

        clock.advance(Duration.ofHours(4));
        awaitEvent(id, "ComplaintEscalated", null);
        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/complaints/" + id).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("escalated"))
                .body("escalationLevel", org.hamcrest.Matchers.equalTo(1))
                .body("clocks.resolution.outcome", org.hamcrest.Matchers.equalTo("breached"))
                .body("clocks.firstResponse.outcome", org.hamcrest.Matchers.equalTo("breached"));
        assertThat(outboxCount(id, "SlaWarning", "resolution")).isEqualTo(1);
        assertThat(outboxCount(id, "SlaBreached", "resolution")).isEqualTo(1);
        assertThat(outboxCount(id, "ComplaintStatusChanged", "escalated")).isEqualTo(1);
        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/complaints/" + id + "/sla-log").then().statusCode(200)
                .body("kind", org.hamcrest.Matchers.hasItems("applied", "warned", "breached"));
    }

    @Test
    void monitorsRunningTogetherAndAgainReportEachWarningAndBreachOnce() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(raiseCritical());
        }
        clock.advance(Duration.ofHours(5));

        List<CompletableFuture<Integer>> replicas = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            replicas.add(onItsOwnContext(() -> monitor.runOnce()));
        }
        CompletableFuture.allOf(replicas.toArray(CompletableFuture[]::new)).get();
        // a restarted replica finds nothing left to report
        onItsOwnContext(() -> monitor.runOnce()).get();
        await().atMost(Duration.ofSeconds(20)).until(() -> ids.stream().allMatch(id -> outboxCountQuietly(id, "ComplaintEscalated", null) == 1));

        for (String id : ids) {
            for (String clockName : List.of("first_response", "resolution")) {
                assertThat(outboxCount(id, "SlaWarning", clockName)).as(id + " warning " + clockName).isEqualTo(1);
                assertThat(outboxCount(id, "SlaBreached", clockName)).as(id + " breach " + clockName).isEqualTo(1);
            }
            assertThat(outboxCount(id, "ComplaintEscalated", null)).isEqualTo(1);
        }
        String first = ids.get(0);
        assertThat(KafkaProbe.await("complaint-events", r -> first.equals(r.key())
                && "converge.complaint.SlaBreached".equals(KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(20))).hasSize(2);
    }

    @Test
    void aPassStoresEveryClaimedComplaintWithItsAuditAndSlaLogRows() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(raiseCritical());
        }
        clock.advance(Duration.ofMinutes(50));
        onItsOwnContext(() -> monitor.runOnce()).get();
        await().atMost(Duration.ofSeconds(20)).until(() -> ids.stream().allMatch(id -> outboxCountQuietly(id, "SlaWarning", "first_response") == 1));

        for (String id : ids) {
            assertThat(count("SELECT COUNT(*) FROM sla_log WHERE complaint_id = ? AND clock = 'FIRST_RESPONSE' AND kind = 'WARNED'", id))
                    .as(id + " SLA log").isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM complaint_audit WHERE complaint_id = ? AND action = 'sla_warned'", id))
                    .as(id + " audit").isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM complaint WHERE id = ? AND fr_warned AND NOT fr_breached"
                    + " AND sla_check_due_at > response_due_at - INTERVAL 1 SECOND AND version > 0", id)).as(id + " row").isEqualTo(1);
        }
    }

    @Test
    void theBreachedFilterIsExactAtTheMomentOfTheRequestWithOrWithoutTheMonitor() throws Exception {
        String assignee = "breach-" + System.nanoTime();
        String overdue = raiseCritical();
        String onTime = raiseCritical();
        for (String id : List.of(overdue, onTime)) {
            given().auth().oauth2(Tokens.support("s-1")).contentType(ContentType.JSON).body("{\"assignee\":\"" + assignee + "\"}")
                    .post("/api/v1/complaints/" + id + "/assignment").then().statusCode(200);
        }
        // out of the monitor's reach, so only the stored due times can say one is overdue
        execute("UPDATE complaint SET sla_check_due_at = NULL WHERE id IN (?, ?)", overdue, onTime);
        execute("UPDATE complaint SET response_due_at = response_due_at + INTERVAL 400 DAY WHERE id = ?", onTime);
        assertThat(listed(assignee, true)).isEmpty();

        clock.advance(Duration.ofMinutes(61));
        assertThat(listed(assignee, true)).containsExactly(overdue);
        assertThat(listed(assignee, false)).containsExactly(onTime);
        assertThat(count("SELECT COUNT(*) FROM complaint WHERE id = ? AND NOT fr_breached", overdue)).isEqualTo(1);

        // a breach the monitor reported counts whatever the due times say
        execute("UPDATE complaint SET res_breached = TRUE WHERE id = ?", onTime);
        assertThat(listed(assignee, true)).containsExactly(overdue, onTime);
        assertThat(listed(assignee, false)).isEmpty();
    }

    private static List<String> listed(String assignee, boolean breached) {
        return given().auth().oauth2(Tokens.support("s-1")).queryParam("assignee", assignee).queryParam("breached", breached)
                .get("/api/v1/complaints").then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }

    private static String healthComputedAt(String complaintId) throws Exception {
        try (Connection db = TestDatabase.connect("complaint_test"); PreparedStatement query = db.prepareStatement(
                "SELECT h.computed_at FROM customer_health h JOIN complaint c ON c.customer_id = h.customer_id WHERE c.id = ?")) {
            query.setString(1, complaintId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static long count(String sql, Object parameter) throws Exception {
        try (Connection db = TestDatabase.connect("complaint_test"); PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void execute(String sql, Object... parameters) throws Exception {
        try (Connection db = TestDatabase.connect("complaint_test"); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private CompletableFuture<Integer> onItsOwnContext(java.util.function.Supplier<Uni<Integer>> work) {
        CompletableFuture<Integer> done = new CompletableFuture<>();
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> work.get().subscribe().with(done::complete, done::completeExceptionally));
        return done;
    }

    private static String raiseCritical() {
        long customer = CUSTOMERS.incrementAndGet();
        return given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON)
                .body("{\"type\":\"damage\",\"priority\":\"critical\",\"subject\":\"Flooding\",\"description\":\"Pipe burst after repair\"}")
                .post("/api/v1/complaints").then().statusCode(201).extract().path("id");
    }

    private static void awaitEvent(String id, String type, String clockName) {
        assertThat(KafkaProbe.await("complaint-events", r -> id.equals(r.key())
                && ("converge.complaint." + type).equals(KafkaProbe.header(r, "ce_type"))
                && (clockName == null || r.value().contains("\"clock\":\"" + clockName + "\"")), Duration.ofSeconds(30)))
                .as(type + " " + clockName).hasSize(1);
    }

    private static long outboxCountQuietly(String id, String type, String containing) {
        try {
            return outboxCount(id, type, containing);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long outboxCount(String id, String type, String containing) throws Exception {
        String sql = "SELECT COUNT(*) FROM outbox_event WHERE aggregate_id = ? AND event_type LIKE ? AND payload LIKE ?";
        try (Connection db = TestDatabase.connect("complaint_test"); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, id);
            query.setString(2, "%" + type);
            query.setString(3, containing == null ? "%" : "%\"" + containing + "\"%");
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
