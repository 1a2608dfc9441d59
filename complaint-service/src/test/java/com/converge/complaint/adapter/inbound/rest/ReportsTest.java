package com.converge.complaint.adapter.inbound.rest;

import static com.converge.complaint.adapter.inbound.rest.ComplaintsApi.newCustomer;
import static com.converge.complaint.adapter.inbound.rest.ComplaintsApi.post;
import static com.converge.complaint.adapter.inbound.rest.ComplaintsApi.raise;
import static com.converge.complaint.adapter.inbound.rest.ComplaintsApi.support;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import com.converge.kernel.testing.MovableTimeSource;
import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The reports over complaints of one assignee, so the other tests' complaints in the same
 * database stay out of the figures. Premium customers' complaints run under a policy of this
 * test, which it then redefines to show the report replaying the log under the new targets.
 */
@QuarkusTest
class ReportsTest {

    private static final String PREMIUM_POLICY = """
            {"name":"Premium (reports test)","position":0,"segments":["premium"],
             "targets":{"critical":{"firstResponseMinutes":%d,"resolutionMinutes":240},
                        "high":{"firstResponseMinutes":240,"resolutionMinutes":1440},
                        "medium":{"firstResponseMinutes":1440,"resolutionMinutes":4320},
                        "low":{"firstResponseMinutes":2880,"resolutionMinutes":10080}},
             "calendar":{"timeZone":"Asia/Kolkata"}}""";

    @Inject
    MovableTimeSource clock;

    private static void premiumFirstResponseMinutes(int minutes) {
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON).body(PREMIUM_POLICY.formatted(minutes))
                .put("/api/v1/sla-policies/premium-reports").then().statusCode(200);
    }

    private static long premiumCustomer() {
        long customer = newCustomer();
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON).body("{\"segment\":\"premium\"}")
                .put("/api/v1/customer-segments/" + customer).then().statusCode(200);
        return customer;
    }

    private static RequestSpecification asSupport() {
        return given().auth().oauth2(Tokens.support("s-1"));
    }

    @Test
    void complianceIsReplayedFromTheLogPerClockAndGroupAndFollowsAPolicyChange() {
        premiumFirstResponseMinutes(60);
        String assignee = "s-rep-" + System.nanoTime();
        String team = "team-" + System.nanoTime();
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON).body("{\"team\":\"" + team + "\"}")
                .put("/api/v1/support-team-members/" + assignee).then().statusCode(200).body("team", equalTo(team));
        Instant from = clock.now().minusSeconds(60);

        long customerA = premiumCustomer();
        String answeredAndResolved = raise(customerA, "critical");
        String answeredLate = raise(premiumCustomer(), "critical");
        String parked = raise(premiumCustomer(), "critical");
        for (String id : new String[]{answeredAndResolved, answeredLate, parked}) {
            support(id, "assignment", "{\"assignee\":\"" + assignee + "\"}").statusCode(200);
        }
        support(answeredAndResolved, "updates", "{\"body\":\"On it\"}").statusCode(201);
        support(answeredAndResolved, "resolution", "{\"summary\":\"Fixed\",\"action\":\"none\"}").statusCode(200);
        post(Tokens.customer(customerA), answeredAndResolved, "csat", "{\"rating\":4}").statusCode(200);
        // parked within 10 minutes of the customer's message (the complaint itself): the gaming check flags it
        support(parked, "status", "{\"status\":\"waiting_on_customer\",\"reason\":\"asked for photos\"}").statusCode(200);
        clock.advance(Duration.ofHours(2));
        support(answeredLate, "updates", "{\"body\":\"Sorry for the wait\"}").statusCode(201);
        String to = clock.now().plusSeconds(60).toString();

        asSupport().queryParam("from", from.toString()).queryParam("to", to).queryParam("assignee", assignee)
                .get("/api/v1/reports/sla-compliance").then().statusCode(200)
                .body("complaints", equalTo(3))
                .body("clocks.firstResponse.met", equalTo(1))
                .body("clocks.firstResponse.breached", equalTo(1))
                .body("clocks.firstResponse.pending", equalTo(1))
                .body("clocks.firstResponse.percentMet", equalTo(50.0f))
                .body("clocks.resolution.met", equalTo(1))
                .body("clocks.resolution.pending", equalTo(2))
                .body("clocks.resolution.percentMet", equalTo(100.0f))
                .body("clocks.nextResponse.percentMet", nullValue())
                .body("byPriority.key", contains("critical"))
                .body("byType.key", contains("delay"))
                .body("byAssignee.key", contains(assignee))
                .body("byTeam.key", contains(team))
                .body("byTeam[0].clocks.firstResponse.breached", equalTo(1))
                .body("timeToFirstResponse.count", equalTo(2))
                // the services' clock moves on in real time too: a few seconds pass between requests
                .body("timeToFirstResponse.medianSeconds", lessThan(120))
                .body("timeToFirstResponse.p90Seconds", allOf(greaterThanOrEqualTo(7200), lessThan(7320)))
                .body("timeToResolution.count", equalTo(1))
                .body("backlog.age", contains("under_1d", "from_1d_to_3d", "from_3d_to_7d", "over_7d"))
                .body("backlog.count", contains(2, 0, 0, 0))
                .body("flaggedPauses", equalTo(1));
        asSupport().queryParam("from", from.toString()).queryParam("to", to).queryParam("team", team)
                .get("/api/v1/reports/sla-compliance").then().statusCode(200).body("complaints", equalTo(3));
        asSupport().queryParam("from", from.toString()).queryParam("to", to).queryParam("team", "nobody-" + team)
                .get("/api/v1/reports/sla-compliance").then().statusCode(200)
                .body("complaints", equalTo(0))
                .body("clocks.firstResponse.percentMet", nullValue());

        asSupport().queryParam("from", from.toString()).queryParam("to", to).queryParam("assignee", assignee)
                .get("/api/v1/reports/sla-compliance/flagged-pauses").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].complaintId", equalTo(parked))
                .body("items[0].pausedBy", equalTo("s-1"))
                .body("items[0].reason", equalTo("asked for photos"))
                .body("nextCursor", nullValue());

        asSupport().queryParam("from", from.toString()).queryParam("to", to).queryParam("assignee", assignee)
                .get("/api/v1/reports/csat").then().statusCode(200)
                .body("overall.count", equalTo(1))
                .body("overall.average", equalTo(4.0f))
                .body("overall.distribution", contains(0, 0, 0, 1, 0))
                .body("byAssignee.key", contains(assignee))
                .body("byType.key", contains("delay"));

        // three hours to a first response: the late answer is met under the redefined policy
        premiumFirstResponseMinutes(180);
        asSupport().queryParam("from", from.toString()).queryParam("to", to).queryParam("assignee", assignee)
                .get("/api/v1/reports/sla-compliance").then().statusCode(200)
                .body("clocks.firstResponse.met", equalTo(2))
                .body("clocks.firstResponse.breached", equalTo(0))
                .body("clocks.firstResponse.percentMet", equalTo(100.0f));
        premiumFirstResponseMinutes(60);
    }

    @Test
    void flaggedPausesPageByTimeWithACursor() {
        String assignee = "s-pauses-" + System.nanoTime();
        Instant from = clock.now().minusSeconds(60);
        for (int i = 0; i < 3; i++) {
            String id = raise(newCustomer(), "high");
            support(id, "assignment", "{\"assignee\":\"" + assignee + "\"}").statusCode(200);
            clock.advance(Duration.ofSeconds(1));
            support(id, "status", "{\"status\":\"waiting_on_customer\"}").statusCode(200);
        }
        String to = clock.now().plusSeconds(60).toString();

        String cursor = asSupport().queryParam("from", from.toString()).queryParam("to", to).queryParam("assignee", assignee)
                .queryParam("sort", "-paused_at").queryParam("limit", 2)
                .get("/api/v1/reports/sla-compliance/flagged-pauses").then().statusCode(200)
                .body("items", hasSize(2))
                .extract().path("nextCursor");
        asSupport().queryParam("from", from.toString()).queryParam("to", to).queryParam("assignee", assignee)
                .queryParam("sort", "-paused_at").queryParam("limit", 2).queryParam("cursor", cursor)
                .get("/api/v1/reports/sla-compliance/flagged-pauses").then().statusCode(200)
                .body("items", hasSize(1))
                .body("nextCursor", nullValue());
    }

    @Test
    void reportsAreForSupportAndAdministratorsAndBadParametersNameTheField() {
        String from = clock.now().minus(Duration.ofDays(1)).toString();
        String to = clock.now().toString();
        for (String path : new String[]{"/api/v1/reports/sla-compliance", "/api/v1/reports/csat",
                "/api/v1/reports/sla-compliance/flagged-pauses"}) {
            given().auth().oauth2(Tokens.customer(42)).queryParam("from", from).queryParam("to", to).get(path).then().statusCode(403);
            given().auth().oauth2(Tokens.agent("a-1")).queryParam("from", from).queryParam("to", to).get(path).then().statusCode(403);
            given().queryParam("from", from).queryParam("to", to).get(path).then().statusCode(401);
            given().auth().oauth2(Tokens.admin("ad-1")).queryParam("from", from).queryParam("to", to).get(path).then().statusCode(200);
            asSupport().queryParam("from", to).queryParam("to", from).get(path).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("to"));
            asSupport().queryParam("to", to).get(path).then().statusCode(400).body("errors[0].field", equalTo("from"));
            asSupport().queryParam("from", "yesterday").queryParam("to", to).get(path).then().statusCode(400)
                    .body("errors[0].field", equalTo("from"));
            asSupport().queryParam("from", clock.now().minus(Duration.ofDays(100)).toString()).queryParam("to", to).get(path)
                    .then().statusCode(400).body("errors[0].field", equalTo("to"));
        }
        asSupport().queryParam("from", from).queryParam("to", to).queryParam("priority", "urgent")
                .get("/api/v1/reports/sla-compliance").then().statusCode(400).body("errors[0].field", equalTo("priority"));
        asSupport().queryParam("from", from).queryParam("to", to).queryParam("type", "noise")
                .get("/api/v1/reports/csat").then().statusCode(400).body("errors[0].field", equalTo("type"));
        asSupport().queryParam("from", from).queryParam("to", to).queryParam("sort", "complaint")
                .get("/api/v1/reports/sla-compliance/flagged-pauses").then().statusCode(400).body("errors[0].field", equalTo("sort"));
        asSupport().queryParam("from", from).queryParam("to", to).queryParam("cursor", "garbage")
                .get("/api/v1/reports/sla-compliance/flagged-pauses").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        asSupport().queryParam("from", from).queryParam("to", to).queryParam("limit", 101)
                .get("/api/v1/reports/sla-compliance/flagged-pauses").then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void onlyAnAdministratorPutsSupportUsersInTeams() {
        String assignee = "s-team-" + System.nanoTime();
        given().auth().oauth2(Tokens.support("s-1")).contentType(ContentType.JSON).body("{\"team\":\"north\"}")
                .put("/api/v1/support-team-members/" + assignee).then().statusCode(403);
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON).body("{\"team\":\" \"}")
                .put("/api/v1/support-team-members/" + assignee).then().statusCode(400).body("errors[0].field", equalTo("team"));
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON).body("{\"team\":\"north\"}")
                .put("/api/v1/support-team-members/" + assignee).then().statusCode(200);
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON).body("{\"team\":\"south\"}")
                .put("/api/v1/support-team-members/" + assignee).then().statusCode(200).body("team", equalTo("south"));
        asSupport().queryParam("team", "south").queryParam("limit", 100).get("/api/v1/support-team-members").then().statusCode(200)
                .body("items.findAll { it.assignee == '" + assignee + "' }.team", contains("south"));
        given().auth().oauth2(Tokens.customer(42)).get("/api/v1/support-team-members").then().statusCode(403);
    }
}
