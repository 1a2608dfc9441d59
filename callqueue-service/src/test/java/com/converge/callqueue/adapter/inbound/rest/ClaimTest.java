package com.converge.callqueue.adapter.inbound.rest;

import static com.converge.callqueue.CallQueueFixtures.claim;
import static com.converge.callqueue.CallQueueFixtures.claimTogether;
import static com.converge.callqueue.CallQueueFixtures.count;
import static com.converge.callqueue.CallQueueFixtures.deactivate;
import static com.converge.callqueue.CallQueueFixtures.drain;
import static com.converge.callqueue.CallQueueFixtures.insertOverdueEntry;
import static com.converge.callqueue.CallQueueFixtures.newCustomer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.converge.callqueue.CallQueueFixtures;
import com.converge.kernel.testing.MovableTimeSource;
import com.converge.kernel.testing.TestDatabase;
import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClaimTest {

    @Inject
    MovableTimeSource clock;

    private final List<Long> customers = new ArrayList<>();

    @AfterEach
    void cleanUp() throws Exception {
        clock.reset();
        deactivate(customers);
    }

    @Test
    void anAgentGetsTheMostOverdueCallbackLockedForThemForFiveMinutes() throws Exception {
        String first = insertOverdueEntry(customer(), "unsigned_users", null);
        String second = insertOverdueEntry(customer(), "unsigned_users", null);

        Response response = claim("unsigned_users", "a-claim-1");

        response.then().statusCode(200)
                .body("id", equalTo(first))
                .body("claim.agentId", equalTo("a-claim-1"));
        Instant expires = Instant.parse(response.path("claim.expiresAt"));
        assertThat(Duration.between(Instant.now(), expires)).isBetween(Duration.ofMinutes(4), Duration.ofMinutes(6));
        assertThat(CallQueueFixtures.text("SELECT claimed_by FROM queue_entry WHERE id = ?", first)).isEqualTo("a-claim-1");
        claim("unsigned_users", "a-claim-2").then().statusCode(200).body("id", equalTo(second));
    }

    @Test
    void fiftyAgentsClaimingTogetherNeverGetTheSameEntry() throws Exception {
        for (int i = 0; i < 50; i++) {
            insertOverdueEntry(customer(), "outstanding_requests", null);
        }
        List<String> claimed = claimTogether("outstanding_requests", "a-parallel-", 50);

        assertThat(new HashSet<>(claimed)).hasSize(50);
        for (String id : claimed) {
            assertThat(count("SELECT COUNT(*) FROM queue_entry WHERE id = ? AND claimed_by LIKE 'a-parallel-%'", id))
                    .isEqualTo(1);
        }
    }

    @Test
    void anEntryWhoseClaimExpiresWithoutAnOutcomeReturnsToTheQueue() throws Exception {
        String entry = insertOverdueEntry(customer(), "unsigned_users", null);
        claim("unsigned_users", "a-forgetful").then().statusCode(200).body("id", equalTo(entry));
        drain("unsigned_users");

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        claim("unsigned_users", "a-next").then().statusCode(200).body("id", equalTo(entry))
                .body("claim.agentId", equalTo("a-next"));
    }

    @Test
    void anAgentsOwnCallbackIsNotGivenToAnotherAgentBeforeTheGracePeriod() throws Exception {
        // overdue by years, so past the grace period: anyone may take it
        String stale = insertOverdueEntry(customer(), "unsigned_users", "a-owner");
        claim("unsigned_users", "a-other").then().statusCode(200).body("id", equalTo(stale));

        long fresh = customer();
        try (Connection db = TestDatabase.connect("callqueue_test"); PreparedStatement insert = db.prepareStatement("""
                INSERT INTO queue_entry (id, customer_id, queue, score, attempts, source, callback_due_at, callback_reason,
                                         callback_owner, active, enqueued_at, updated_at)
                VALUES (UUID(), ?, 'UNSIGNED_USERS', 0, 0, 'registration', ?, 'promised', 'a-owner', TRUE, ?, ?)""")) {
            insert.setLong(1, fresh);
            insert.setObject(2, CallQueueFixtures.utc(Instant.now().minusSeconds(60)));
            insert.setObject(3, CallQueueFixtures.utc(Instant.now()));
            insert.setObject(4, CallQueueFixtures.utc(Instant.now()));
            insert.executeUpdate();
        }
        List<String> takenByOthers = drain("unsigned_users");
        String freshId = CallQueueFixtures.text("SELECT id FROM queue_entry WHERE customer_id = ?", fresh);
        assertThat(takenByOthers).doesNotContain(freshId);

        claim("unsigned_users", "a-owner").then().statusCode(200).body("id", equalTo(freshId));
    }

    @Test
    void customersOnTheDoNotCallListOrAtTodaysAttemptCapAreNeverServed() throws Exception {
        long listed = customer();
        String listedEntry = insertOverdueEntry(listed, "unsigned_users", null);
        given().auth().oauth2(Tokens.customer(listed)).contentType("application/json").body("{\"reason\":\"no calls\"}")
                .post("/api/v1/do-not-call").then().statusCode(200);
        long capped = customer();
        String cappedEntry = insertOverdueEntry(capped, "unsigned_users", null);
        try (Connection db = TestDatabase.connect("callqueue_test");
             PreparedStatement insert = db.prepareStatement("INSERT INTO daily_attempt VALUES (?, ?, 3)")) {
            insert.setLong(1, capped);
            insert.setObject(2, LocalDate.now(ZoneId.of("Asia/Kolkata")));
            insert.executeUpdate();
        }

        List<String> served = drain("unsigned_users");

        assertThat(served).doesNotContain(listedEntry, cappedEntry);
        claim("unsigned_users", "a-idle").then().statusCode(204);
    }

    @Test
    void onlyAgentsClaimAndTheQueueIsNamed() {
        given().auth().oauth2(Tokens.support("s-1")).post("/api/v1/queues/unsigned_users/claim").then().statusCode(403);
        given().auth().oauth2(Tokens.customer(42)).post("/api/v1/queues/unsigned_users/claim").then().statusCode(403);
        given().post("/api/v1/queues/unsigned_users/claim").then().statusCode(401);
        given().auth().oauth2(Tokens.agent("a-1")).post("/api/v1/queues/vip/claim")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("queue"));
    }

    private long customer() {
        long customer = newCustomer();
        customers.add(customer);
        return customer;
    }
}
