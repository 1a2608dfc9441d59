package com.converge.complaint.adapter.inbound.rest;

import static com.converge.complaint.adapter.inbound.rest.ComplaintsApi.count;
import static com.converge.complaint.adapter.inbound.rest.ComplaintsApi.events;
import static com.converge.complaint.adapter.inbound.rest.ComplaintsApi.get;
import static com.converge.complaint.adapter.inbound.rest.ComplaintsApi.newCustomer;
import static com.converge.complaint.adapter.inbound.rest.ComplaintsApi.post;
import static com.converge.complaint.adapter.inbound.rest.ComplaintsApi.raise;
import static com.converge.complaint.adapter.inbound.rest.ComplaintsApi.raiseWith;
import static com.converge.complaint.adapter.inbound.rest.ComplaintsApi.support;
import static com.converge.complaint.adapter.inbound.rest.ComplaintsApi.text;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.converge.complaint.KnownPurchases;
import com.converge.kernel.testing.MovableTimeSource;
import com.converge.kernel.testing.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ComplaintWorkflowTest {

    @Inject
    MovableTimeSource clock;

    @Test
    void supportAssignsReassignsAndMovesAComplaintAndEveryChangeIsPublishedAndAudited() {
        long customer = newCustomer();
        String id = raise(customer, "medium");

        support(id, "assignment", "{\"assignee\":\"s-1\"}").statusCode(200).body("assignee", equalTo("s-1"));
        post(Tokens.admin("ad-1"), id, "assignment", "{\"assignee\":\"s-2\"}").statusCode(200).body("assignee", equalTo("s-2"));
        support(id, "status", "{\"status\":\"in_progress\"}").statusCode(200).body("status", equalTo("in_progress"));

        List<JsonNode> assigned = events(id, "ComplaintAssigned");
        assertThat(assigned).hasSize(2);
        assertThat(assigned.get(1).get("assignee").asText()).isEqualTo("s-2");
        assertThat(assigned.get(1).get("previousAssignee").asText()).isEqualTo("s-1");
        assertThat(assigned.get(1).get("assignedBy").asText()).isEqualTo("ad-1");
        JsonNode moved = events(id, "ComplaintStatusChanged").get(0);
        assertThat(moved.get("fromStatus").asText()).isEqualTo("open");
        assertThat(moved.get("toStatus").asText()).isEqualTo("in_progress");
        assertThat(moved.get("customerId").asLong()).isEqualTo(customer);

        get(Tokens.support("s-9"), "/api/v1/complaints/" + id + "/audit").statusCode(200)
                .body("action", hasItems("assigned", "status_changed", "sla_applied"))
                .body("find { it.action == 'assigned' && it.actor == 'ad-1' }.detail", equalTo("s-1 -> s-2"));
    }

    @Test
    void anIllegalMoveIsAConflictAndChangesNothing() throws Exception {
        String id = raise(newCustomer(), "low");
        support(id, "status", "{\"status\":\"in_progress\"}").statusCode(200);

        support(id, "status", "{\"status\":\"open\"}").statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:converge:problem:illegal-transition"));
        support(id, "status", "{\"status\":\"resolved\"}").statusCode(400).body("errors[0].field", equalTo("status"));
        support(id, "status", "{\"status\":\"done\"}").statusCode(400).body("errors[0].field", equalTo("status"));
        assertThat(text("SELECT status FROM complaint WHERE id = ?", id)).isEqualTo("IN_PROGRESS");
    }

    @Test
    void aResolutionWithCompensationOnABookingIsPublishedAsAWalletCredit() {
        long customer = newCustomer();
        String booking = KnownPurchases.knownBooking(customer);
        String id = raiseWith(customer, """
                {"type":"damage","priority":"high","subject":"Broken tap","description":"The plumber broke it","bookingId":"%s"}
                """.formatted(booking));

        support(id, "resolution", "{\"summary\":\"Tap replaced, credit given\",\"action\":\"compensation\",\"compensationAmount\":250.00}")
                .statusCode(200)
                .body("status", equalTo("resolved"))
                .body("resolution.compensation", equalTo("wallet_credit"))
                .body("resolution.compensationAmount", equalTo(250.0f))
                .body("clocks.resolution.state", equalTo("stopped"))
                .body("clocks.resolution.outcome", equalTo("met"));

        JsonNode resolved = events(id, "ComplaintResolved").get(0);
        assertThat(resolved.get("compensation").asText()).isEqualTo("wallet_credit");
        assertThat(resolved.get("compensationAmount").decimalValue()).isEqualByComparingTo("250.00");
        assertThat(resolved.get("bookingId").asText()).isEqualTo(booking);
        assertThat(resolved.get("resolutionSummary").asText()).isEqualTo("Tap replaced, credit given");
        assertThat(resolved.get("resolvedBy").asText()).isEqualTo("s-1");
    }

    @Test
    void aResolutionWithCompensationOnAnOrderIsPublishedAsARefund() {
        long customer = newCustomer();
        String order = KnownPurchases.knownOrder(customer);
        String id = raiseWith(customer, """
                {"type":"refund_request","priority":"medium","subject":"Refund","description":"Wrong size","orderId":"%s"}
                """.formatted(order));

        support(id, "resolution", "{\"summary\":\"Refunded\",\"action\":\"compensation\",\"compensationAmount\":799.50}")
                .statusCode(200).body("resolution.compensation", equalTo("order_refund"));
        JsonNode resolved = events(id, "ComplaintResolved").get(0);
        assertThat(resolved.get("compensation").asText()).isEqualTo("order_refund");
        assertThat(resolved.get("orderId").asText()).isEqualTo(order);
        assertThat(resolved.get("compensationAmount").decimalValue()).isEqualByComparingTo("799.50");
    }

    @Test
    void aResolutionRepeatedWithTheSameIdempotencyKeyCompensatesOnce() throws Exception {
        long customer = newCustomer();
        String booking = KnownPurchases.knownBooking(customer);
        String id = raiseWith(customer, """
                {"type":"damage","priority":"high","subject":"Broken tap","description":"Broken","bookingId":"%s"}
                """.formatted(booking));
        String body = "{\"summary\":\"Credited\",\"action\":\"compensation\",\"compensationAmount\":300.00}";
        String key = "resolve-" + UUID.randomUUID();

        String first = given().auth().oauth2(Tokens.support("s-1")).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/v1/complaints/" + id + "/resolution").then().statusCode(200).extract().asString();
        given().auth().oauth2(Tokens.support("s-1")).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/v1/complaints/" + id + "/resolution").then().statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("status", equalTo("resolved"))
                .body("resolution.compensationAmount", equalTo(300.0f));
        given().auth().oauth2(Tokens.support("s-1")).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body.replace("300.00", "900.00")).post("/api/v1/complaints/" + id + "/resolution").then().statusCode(422)
                .body("errors[0].field", equalTo("Idempotency-Key"));

        assertThat(first).contains("\"compensation\":\"wallet_credit\"");
        assertThat(count("SELECT COUNT(*) FROM outbox_event WHERE aggregate_id = ? AND event_type LIKE '%ComplaintResolved'", id))
                .isEqualTo(1);
    }

    @Test
    void badResolutionsAreRefusedNamingTheFieldAndNothingChanges() throws Exception {
        String id = raise(newCustomer(), "high");

        support(id, "resolution", "{\"summary\":\"Sorry\",\"action\":\"refund\"}").statusCode(400)
                .body("errors[0].field", equalTo("action"));
        support(id, "resolution", "{\"summary\":\"Sorry\",\"action\":\"compensation\"}").statusCode(400)
                .body("errors[0].field", equalTo("compensationAmount"));
        support(id, "resolution", "{\"summary\":\"Sorry\",\"action\":\"compensation\",\"compensationAmount\":10.123}").statusCode(400)
                .body("errors[0].field", equalTo("compensationAmount"));
        support(id, "resolution", "{\"summary\":\" \",\"action\":\"none\"}").statusCode(400)
                .body("errors[0].field", equalTo("summary"));
        support(id, "resolution", "{\"summary\":\"Sorry\",\"action\":\"compensation\",\"compensationAmount\":100}").statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("action"));
        assertThat(text("SELECT status FROM complaint WHERE id = ?", id)).isEqualTo("OPEN");
        assertThat(count("SELECT COUNT(*) FROM outbox_event WHERE aggregate_id = ? AND event_type LIKE '%ComplaintResolved'", id)).isZero();
    }

    @Test
    void aCustomerReopensWithinSevenDaysButNotAfter() {
        long customer = newCustomer();
        String id = raise(customer, "low");
        support(id, "resolution", "{\"summary\":\"Rebooked\",\"action\":\"none\"}").statusCode(200);

        post(Tokens.customer(customer), id, "reopen", "").statusCode(200).body("status", equalTo("in_progress"));
        assertThat(events(id, "ComplaintStatusChanged")).extracting(e -> e.get("toStatus").asText())
                .containsExactly("resolved", "in_progress");

        support(id, "resolution", "{\"summary\":\"Done now\",\"action\":\"none\"}").statusCode(200);
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        post(Tokens.customer(customer), id, "reopen", "").statusCode(409)
                .body("type", equalTo("urn:converge:problem:reopen-window-closed"));
        support(id, "status", "{\"status\":\"closed\"}").statusCode(200).body("status", equalTo("closed"));
    }

    @Test
    void eachRoleMayDoOnlyItsPart() {
        long customer = newCustomer();
        String id = raise(customer, "low");

        post(Tokens.customer(customer), id, "assignment", "{\"assignee\":\"s-1\"}").statusCode(403);
        post(Tokens.customer(customer), id, "status", "{\"status\":\"closed\"}").statusCode(403);
        post(Tokens.customer(customer), id, "resolution", "{\"summary\":\"x\",\"action\":\"none\"}").statusCode(403);
        post(Tokens.agent("a-1"), id, "status", "{\"status\":\"closed\"}").statusCode(403);
        get(Tokens.customer(customer), "/api/v1/complaints/" + id + "/audit").statusCode(403);
        post(Tokens.customer(customer + 1), id, "reopen", "").statusCode(404);
        get(Tokens.customer(customer + 1), "/api/v1/complaints/" + id + "/updates").statusCode(404);
        post(Tokens.customer(customer + 1), id, "updates", "{\"body\":\"hello\"}").statusCode(404);
        support(UUID.randomUUID().toString(), "assignment", "{\"assignee\":\"s-1\"}").statusCode(404);
    }

    @Test
    void internalNotesNeverReachTheCustomerAndSupportsReplyFulfilsFirstResponse() throws Exception {
        long customer = newCustomer();
        String id = raise(customer, "high");
        String complaint = "/api/v1/complaints/" + id;

        support(id, "updates", "{\"body\":\"Provider has a history of no-shows\",\"internal\":true}").statusCode(201)
                .body("internal", equalTo(true));
        get(Tokens.customer(customer), complaint).statusCode(200).body("clocks.firstResponse.state", equalTo("running"));
        support(id, "updates", """
                {"body":"Sorry, a new plumber comes tomorrow","attachments":[
                 {"name":"slot.pdf","contentType":"application/pdf","sizeBytes":2048,"url":"https://files.converge.local/slot.pdf"}]}
                """).statusCode(201).body("authorRole", equalTo("support"));
        post(Tokens.customer(customer), id, "updates", "{\"body\":\"Thanks, 10am please\"}").statusCode(201)
                .body("authorRole", equalTo("customer"));
        post(Tokens.customer(customer), id, "updates", "{\"body\":\"psst\",\"internal\":true}").statusCode(400)
                .body("errors[0].field", equalTo("internal"));
        support(id, "updates", "{\"body\":\"  \"}").statusCode(400).body("errors[0].field", equalTo("body"));
        support(id, "updates", """
                {"body":"photo","attachments":[{"name":"a.jpg","contentType":"image/jpeg","sizeBytes":0,"url":"https://x.local/a.jpg"}]}
                """).statusCode(400).body("errors[0].field", equalTo("attachments.sizeBytes"));

        get(Tokens.customer(customer), complaint + "/updates").statusCode(200)
                .body("body", contains("Sorry, a new plumber comes tomorrow", "Thanks, 10am please"))
                .body("[0].attachments[0].name", equalTo("slot.pdf"));
        get(Tokens.support("s-2"), complaint + "/updates").statusCode(200)
                .body("size()", equalTo(3))
                .body("[0].internal", equalTo(true));
        get(Tokens.customer(customer), complaint).statusCode(200)
                .body("updateCount", equalTo(2))
                .body("lastUpdateAt", notNullValue())
                .body("clocks.firstResponse.state", equalTo("stopped"))
                .body("clocks.firstResponse.outcome", equalTo("met"))
                .body("clocks.nextResponse.state", equalTo("running"))
                .body("clocks.nextResponse.dueAt", notNullValue());
        get(Tokens.support("s-2"), complaint).statusCode(200).body("updateCount", equalTo(3));
        assertThat(count("SELECT COUNT(*) FROM complaint_attachment a JOIN complaint_update u ON u.id = a.update_id WHERE u.complaint_id = ?", id))
                .isEqualTo(1);
        get(Tokens.support("s-2"), complaint + "/audit").statusCode(200)
                .body("action", hasItems("internal_note_added", "comment_added"));
    }

    @Test
    void waitingOnTheCustomerPausesTheClocksAndTheLogKeepsTheReason() {
        long customer = newCustomer();
        String id = raise(customer, "high");
        String complaint = "/api/v1/complaints/" + id;
        support(id, "updates", "{\"body\":\"Can you send a photo?\"}").statusCode(201);
        support(id, "status", "{\"status\":\"waiting_on_customer\",\"reason\":\"asked for a photo\"}").statusCode(200)
                .body("clocks.resolution.state", equalTo("paused"))
                .body("clocks.resolution.dueAt", nullValue());

        get(Tokens.support("s-1"), complaint + "/sla-log").statusCode(200)
                .body("find { it.kind == 'paused' }.reason", equalTo("asked for a photo"))
                .body("find { it.kind == 'paused' }.clock", equalTo("resolution"))
                .body("kind", hasItem("fulfilled"));

        post(Tokens.customer(customer), id, "updates", "{\"body\":\"Here it is\"}").statusCode(201);
        get(Tokens.customer(customer), complaint).statusCode(200)
                .body("status", equalTo("in_progress"))
                .body("clocks.resolution.state", equalTo("running"));
        get(Tokens.support("s-1"), complaint + "/sla-log").statusCode(200).body("kind", hasItem("resumed"));
    }

    @Test
    void changingPriorityRecomputesTheDeadlinesAndIsAudited() {
        String id = raise(newCustomer(), "low");
        support(id, "priority", "{\"priority\":\"critical\"}").statusCode(200)
                .body("priority", equalTo("critical"))
                .body("clocks.resolution.targetSeconds", equalTo(4 * 3600))
                .body("clocks.firstResponse.targetSeconds", equalTo(3600));
        support(id, "priority", "{\"priority\":\"urgent\"}").statusCode(400).body("errors[0].field", equalTo("priority"));
        get(Tokens.support("s-1"), "/api/v1/complaints/" + id + "/audit").statusCode(200)
                .body("find { it.action == 'priority_changed' }.detail", equalTo("low -> critical"));
    }
}
