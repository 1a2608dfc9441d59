package com.converge.complaint.adapter.inbound.rest;

import static com.converge.complaint.CustomerEvents.awaitCount;
import static com.converge.complaint.CustomerEvents.bookingCompleted;
import static com.converge.complaint.CustomerEvents.callCompleted;
import static com.converge.complaint.KnownPurchases.count;
import static com.converge.complaint.KnownPurchases.knownBooking;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.converge.complaint.application.port.inbound.RefreshCustomerHealthUseCase;
import com.converge.kernel.testing.KafkaProbe;
import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.restassured.http.ContentType;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Health from real events and complaints, its API for each role, its events out and its daily snapshot. */
@QuarkusTest
class CustomerHealthResourceTest {

    private static final AtomicLong CUSTOMERS = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 100 + 90_000_000);

    @Inject
    RefreshCustomerHealthUseCase refresh;

    @Inject
    Vertx vertx;

    @Test
    void aCustomerWithACompletedBookingIsHealthyAndEveryDimensionExplainsItself() throws Exception {
        long customer = CUSTOMERS.incrementAndGet();
        bookingCompleted(UUID.randomUUID().toString(), knownBooking(customer), customer);
        awaitCount(1, "SELECT COUNT(*) FROM customer_milestone WHERE customer_id = ?", customer);
        awaitPublished(customer);

        // engagement 50 + 10 + 5 = 65, support 100, commercial 100, satisfaction missing: (65*30 + 100*25 + 100*20) / 75
        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/customers/" + customer + "/health").then()
                .statusCode(200)
                .body("customerId", equalTo((int) customer))
                .body("score", equalTo(86))
                .body("band", equalTo("healthy"))
                .body("missingDimensions", contains("satisfaction"))
                .body("dimensions.dimension", contains("engagement", "support", "commercial"))
                .body("dimensions[0].value", equalTo(65))
                .body("dimensions[0].weight", equalTo(30))
                .body("dimensions[0].renormalisedWeight", equalTo(0.4f))
                .body("dimensions[0].points", equalTo(26.0f))
                .body("dimensions[0].rules.rule", contains("recency", "frequency", "milestones"))
                .body("trendDays", equalTo(30))
                .body("trend", hasSize(1))
                .body("trend[0].score", equalTo(86));
        // the booking alone may have been assessed first (84): two points later is no news
        List<ConsumerRecord<String, String>> changed = healthEvents(customer, "CustomerHealthChanged", 1);
        assertThat(changed.get(0).value()).containsAnyOf("\"score\":86", "\"score\":84").contains("\"band\":\"healthy\"");
    }

    @Test
    void aComplaintLowersTheSupportDimensionInTheSameTransactionsMark() throws Exception {
        long customer = CUSTOMERS.incrementAndGet();
        knownBooking(customer);
        awaitPublished(customer);
        given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON)
                .body("{\"type\":\"delay\",\"priority\":\"low\",\"subject\":\"Late\",\"description\":\"Late\"}")
                .post("/api/v1/complaints").then().statusCode(201);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.customer(customer))
                .get("/api/v1/customers/" + customer + "/health").then().statusCode(200)
                .body("dimensions.find { it.dimension == 'support' }.value", equalTo(90))
                .body("dimensions.find { it.dimension == 'support' }.rules.rule", hasItem("open_complaints")));
    }

    @Test
    void aCustomerSeesOnlyTheirOwnHealthAndAnAgentNone() {
        long customer = CUSTOMERS.incrementAndGet();
        knownBooking(customer);

        given().auth().oauth2(Tokens.customer(customer)).get("/api/v1/customers/" + customer + "/health").then().statusCode(200);
        given().auth().oauth2(Tokens.customer(customer + 1)).get("/api/v1/customers/" + customer + "/health").then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.agent("a-1")).get("/api/v1/customers/" + customer + "/health").then().statusCode(403);
        given().get("/api/v1/customers/" + customer + "/health").then().statusCode(401);
        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/customers/" + CUSTOMERS.incrementAndGet() + "/health").then()
                .statusCode(404);
    }

    @Test
    void aTrendWindowOutsideOneToThreeHundredSixtyFiveDaysOrABadIdIsABadRequest() {
        long customer = CUSTOMERS.incrementAndGet();
        for (String days : List.of("0", "366", "week")) {
            given().auth().oauth2(Tokens.support("s-1")).queryParam("trendDays", days)
                    .get("/api/v1/customers/" + customer + "/health").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("trendDays"));
        }
        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/customers/x1/health").then().statusCode(400)
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void fallingBelowTheThresholdRaisesCustomerAtRiskOnceWhileTheScoreKeepsFalling() throws Exception {
        long customer = CUSTOMERS.incrementAndGet();
        // known only through support: 5 open complaints (-50) and 3 calls (-15) leave 35
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON)
                    .body("{\"type\":\"other\",\"priority\":\"low\",\"subject\":\"Again\",\"description\":\"Again\"}")
                    .post("/api/v1/complaints").then().statusCode(201);
        }
        for (int i = 0; i < 3; i++) {
            callCompleted(UUID.randomUUID().toString(), "call-" + UUID.randomUUID(), customer);
        }
        awaitCount(1, "SELECT COUNT(*) FROM customer_health WHERE customer_id = ? AND score = 35 AND recompute_due_at IS NULL", customer);
        // raised on the way down: below 40, or (if a pass saw 60 then 40) a drop of more than 15 points in the window
        List<ConsumerRecord<String, String>> atRisk = healthEvents(customer, "CustomerAtRisk", 1);
        assertThat(atRisk.get(0).value()).containsAnyOf("below 40", "dropped");

        callCompleted(UUID.randomUUID().toString(), "call-" + UUID.randomUUID(), customer);
        awaitCount(1, "SELECT COUNT(*) FROM customer_health WHERE customer_id = ? AND score = 30 AND recompute_due_at IS NULL", customer);
        assertThat(outboxCount(customer, "CustomerAtRisk")).isEqualTo(1);
        assertThat(count("SELECT at_risk FROM customer_health WHERE customer_id = ?", customer)).isEqualTo(1);
        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/customers/" + customer + "/health").then()
                .statusCode(200).body("band", equalTo("at_risk")).body("atRisk", equalTo(true));
    }

    @Test
    void theDailyPassReassessesEveryoneOnceADayEvenWithReplicasRunningTogether() throws Exception {
        long customer = CUSTOMERS.incrementAndGet();
        knownBooking(customer);
        awaitPublished(customer);
        long eventsBefore = outboxCount(customer, "CustomerHealthChanged");
        execute("UPDATE customer_health SET computed_at = computed_at - INTERVAL 2 DAY WHERE customer_id = ?", customer);

        onItsOwnContext(refresh::markDailyRefresh).get();
        List<CompletableFuture<Integer>> replicas = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            replicas.add(onItsOwnContext(refresh::refreshDue));
        }
        CompletableFuture.allOf(replicas.toArray(CompletableFuture[]::new)).get();
        onItsOwnContext(refresh::refreshDue).get();
        awaitCount(1, "SELECT COUNT(*) FROM customer_health WHERE customer_id = ? AND recompute_due_at IS NULL"
                + " AND computed_at > NOW(6) - INTERVAL 1 DAY", customer);

        assertThat(count("SELECT COUNT(*) FROM customer_health_snapshot WHERE customer_id = ?", customer)).isEqualTo(1);
        // the same score again is no news
        assertThat(outboxCount(customer, "CustomerHealthChanged")).isEqualTo(eventsBefore);
    }

    private CompletableFuture<Integer> onItsOwnContext(Supplier<Uni<Integer>> work) {
        CompletableFuture<Integer> done = new CompletableFuture<>();
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> work.get().subscribe().with(done::complete, done::completeExceptionally));
        return done;
    }

    static void awaitPublished(long customer) {
        awaitCount(1, "SELECT COUNT(*) FROM customer_health WHERE customer_id = ? AND published_score IS NOT NULL"
                + " AND recompute_due_at IS NULL", customer);
    }

    private static List<ConsumerRecord<String, String>> healthEvents(long customer, String type, int expected) {
        List<ConsumerRecord<String, String>> records = KafkaProbe.await("complaint-events",
                r -> Long.toString(customer).equals(r.key()) && ("converge.complaint." + type).equals(KafkaProbe.header(r, "ce_type")),
                Duration.ofSeconds(30));
        assertThat(records).hasSize(expected);
        return records;
    }

    private static long outboxCount(long customer, String type) throws Exception {
        return count("SELECT COUNT(*) FROM outbox_event WHERE aggregate_id = ? AND event_type LIKE ?", Long.toString(customer), "%" + type);
    }

    private static void execute(String sql, Object... parameters) throws Exception {
        try (var db = com.converge.kernel.testing.TestDatabase.connect("complaint_test"); var statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
