package com.converge.callqueue.adapter.inbound.rest;

import static com.converge.callqueue.CallQueueFixtures.count;
import static com.converge.callqueue.CallQueueFixtures.newCustomer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The do-not-call list, the scoring table and the dashboards, role by role. */
@QuarkusTest
class AccessTest {

    private static final String DEFAULT_TABLE = """
            {"adjustments":{"connected":20,"verified":0,"refused":0,"callback_requested":-15,"not_interested":50,
             "no_answer":10,"busy":5,"voicemail":8,"wrong_number":200},"freeAttempts":3,"penaltyPerAttempt":10}""";

    @Test
    void aCustomerPutsThemselvesOnTheDoNotCallListAndOnlyThemselves() throws Exception {
        long customer = newCustomer();

        given().auth().oauth2(Tokens.customer(customer)).contentType("application/json").body("{}")
                .post("/api/v1/do-not-call").then().statusCode(200)
                .body("customerId", equalTo((int) customer)).body("addedBy", equalTo(Long.toString(customer)));
        given().auth().oauth2(Tokens.customer(customer)).contentType("application/json").body("{\"reason\":\"again\"}")
                .post("/api/v1/do-not-call").then().statusCode(200);
        given().auth().oauth2(Tokens.customer(customer)).contentType("application/json")
                .body("{\"customerId\":" + (customer + 1) + "}")
                .post("/api/v1/do-not-call").then().statusCode(403);
        given().auth().oauth2(Tokens.agent("a-1")).contentType("application/json").body("{\"customerId\":5}")
                .post("/api/v1/do-not-call").then().statusCode(403);

        assertThat(count("SELECT COUNT(*) FROM do_not_call WHERE customer_id = ?", customer)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM do_not_call WHERE customer_id = ?", customer + 1)).isZero();
        given().auth().oauth2(Tokens.support("s-1")).queryParam("limit", 500).get("/api/v1/do-not-call")
                .then().statusCode(200).body("customerId", hasItem((int) customer));
        given().auth().oauth2(Tokens.admin("ad-1")).get("/api/v1/do-not-call").then().statusCode(200);
        given().auth().oauth2(Tokens.customer(customer)).get("/api/v1/do-not-call").then().statusCode(403);
        given().auth().oauth2(Tokens.agent("a-1")).get("/api/v1/do-not-call").then().statusCode(403);
        given().auth().oauth2(Tokens.support("s-1")).queryParam("limit", "lots").get("/api/v1/do-not-call")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void supportReadsTheScoringTableAndOnlyAdminChangesIt() throws Exception {
        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/scoring-table").then().statusCode(200)
                .body("adjustments.no_answer", equalTo(10))
                .body("adjustments.wrong_number", equalTo(200))
                .body("adjustments.callback_requested", equalTo(-15))
                .body("freeAttempts", equalTo(3));
        given().auth().oauth2(Tokens.agent("a-1")).get("/api/v1/scoring-table").then().statusCode(403);
        given().auth().oauth2(Tokens.support("s-1")).contentType("application/json").body(DEFAULT_TABLE)
                .put("/api/v1/scoring-table").then().statusCode(403);
        given().auth().oauth2(Tokens.admin("ad-1")).contentType("application/json")
                .body(DEFAULT_TABLE.replace("\"busy\":5", "\"busy\":300"))
                .put("/api/v1/scoring-table").then().statusCode(400).body("errors[0].field", equalTo("adjustments.busy"));
        given().auth().oauth2(Tokens.admin("ad-1")).contentType("application/json")
                .body(DEFAULT_TABLE.replace("\"busy\":5,", ""))
                .put("/api/v1/scoring-table").then().statusCode(400).body("errors[0].field", equalTo("adjustments.busy"));
        assertThat(count("SELECT adjustment FROM scoring_rule WHERE outcome = 'busy'")).isEqualTo(5);

        try {
            given().auth().oauth2(Tokens.admin("ad-1")).contentType("application/json")
                    .body(DEFAULT_TABLE.replace("\"busy\":5", "\"busy\":7"))
                    .put("/api/v1/scoring-table").then().statusCode(200).body("adjustments.busy", equalTo(7));
            assertThat(count("SELECT adjustment FROM scoring_rule WHERE outcome = 'busy'")).isEqualTo(7);
        } finally {
            given().auth().oauth2(Tokens.admin("ad-1")).contentType("application/json").body(DEFAULT_TABLE)
                    .put("/api/v1/scoring-table").then().statusCode(200);
        }
    }

    @Test
    void anAgentReadsTheirOwnDashboardAndSupportReadsEveryones() {
        String from = Instant.now().minusSeconds(86_400).toString();
        String to = Instant.now().toString();

        given().auth().oauth2(Tokens.agent("a-dash")).queryParam("from", from).queryParam("to", to)
                .get("/api/v1/agents/a-dash/dashboard").then().statusCode(200)
                .body("agentId", equalTo("a-dash")).body("calls", equalTo(0)).body("commission", equalTo(0.0f));
        given().auth().oauth2(Tokens.agent("a-dash")).queryParam("from", from).queryParam("to", to)
                .get("/api/v1/agents/a-someone-else/dashboard").then().statusCode(404);
        given().auth().oauth2(Tokens.support("s-1")).queryParam("from", from).queryParam("to", to)
                .get("/api/v1/agents/a-dash/dashboard").then().statusCode(200);
        given().auth().oauth2(Tokens.customer(42)).queryParam("from", from).queryParam("to", to)
                .get("/api/v1/agents/a-dash/dashboard").then().statusCode(403);
        given().auth().oauth2(Tokens.agent("a-dash")).queryParam("from", "yesterday").queryParam("to", to)
                .get("/api/v1/agents/a-dash/dashboard").then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(Tokens.agent("a-dash")).queryParam("from", to).queryParam("to", from)
                .get("/api/v1/agents/a-dash/dashboard").then().statusCode(400).body("errors[0].field", equalTo("to"));
    }

    @Test
    void anEntryIsNotFoundByItsIdWhenThereIsNone() {
        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/entries/" + java.util.UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.customer(42)).get("/api/v1/entries/" + java.util.UUID.randomUUID())
                .then().statusCode(403);
    }
}
