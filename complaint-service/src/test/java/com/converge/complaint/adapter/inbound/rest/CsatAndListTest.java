package com.converge.complaint.adapter.inbound.rest;

import static com.converge.complaint.adapter.inbound.rest.ComplaintsApi.events;
import static com.converge.complaint.adapter.inbound.rest.ComplaintsApi.get;
import static com.converge.complaint.adapter.inbound.rest.ComplaintsApi.newCustomer;
import static com.converge.complaint.adapter.inbound.rest.ComplaintsApi.post;
import static com.converge.complaint.adapter.inbound.rest.ComplaintsApi.raise;
import static com.converge.complaint.adapter.inbound.rest.ComplaintsApi.support;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.converge.kernel.testing.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CsatAndListTest {

    @Test
    void theCustomerRatesOnceAfterResolutionAndCsatRecordedIsPublished() {
        long customer = newCustomer();
        String id = raise(customer, "medium");
        support(id, "assignment", "{\"assignee\":\"s-7\"}").statusCode(200);

        post(Tokens.customer(customer), id, "csat", "{\"rating\":5}").statusCode(409)
                .body("type", equalTo("urn:converge:problem:csat-before-resolution"));
        support(id, "resolution", "{\"summary\":\"Rebooked\",\"action\":\"none\"}").statusCode(200);
        post(Tokens.customer(customer), id, "csat", "{\"rating\":0}").statusCode(400).body("errors[0].field", equalTo("rating"));
        post(Tokens.customer(customer), id, "csat", "{\"comment\":\"no rating\"}").statusCode(400).body("errors[0].field", equalTo("rating"));
        post(Tokens.support("s-1"), id, "csat", "{\"rating\":5}").statusCode(403);
        post(Tokens.customer(customer + 1), id, "csat", "{\"rating\":1}").statusCode(404);

        post(Tokens.customer(customer), id, "csat", "{\"rating\":4,\"comment\":\"Fixed the next day\"}").statusCode(200)
                .body("csat.rating", equalTo(4))
                .body("csat.comment", equalTo("Fixed the next day"));
        post(Tokens.customer(customer), id, "csat", "{\"rating\":1}").statusCode(409)
                .body("type", equalTo("urn:converge:problem:csat-already-recorded"));

        List<JsonNode> recorded = events(id, "CsatRecorded");
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).get("rating").asInt()).isEqualTo(4);
        assertThat(recorded.get(0).get("assignee").asText()).isEqualTo("s-7");
        assertThat(recorded.get(0).get("complaintType").asText()).isEqualTo("delay");
    }

    @Test
    void supportPagesThroughOpenComplaintsFilteredByAssigneeAndPriority() {
        String assignee = "s-list-" + System.nanoTime();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = raise(newCustomer(), i == 4 ? "low" : "high");
            support(id, "assignment", "{\"assignee\":\"" + assignee + "\"}").statusCode(200);
            ids.add(id);
        }
        support(ids.get(3), "resolution", "{\"summary\":\"Done\",\"action\":\"none\"}").statusCode(200);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = given().auth().oauth2(Tokens.support("s-1"))
                    .queryParam("assignee", assignee).queryParam("priority", "high").queryParam("limit", 2)
                    .queryParam("cursor", cursor == null ? "" : cursor)
                    .get("/api/v1/complaints").then().statusCode(200)
                    .body("items.assignee", everyItem(equalTo(assignee)))
                    .body("items.priority", everyItem(equalTo("high")))
                    .body("items.clocks.resolution.state", everyItem(equalTo("running")))
                    .body("items.hoursOpen", everyItem(notNullValue()))
                    .extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);

        assertThat(seen).containsExactly(ids.get(0), ids.get(1), ids.get(2));
        given().auth().oauth2(Tokens.support("s-1")).queryParam("assignee", assignee).queryParam("status", "resolved")
                .get("/api/v1/complaints").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(ids.get(3)))
                .body("nextCursor", nullValue());
        given().auth().oauth2(Tokens.support("s-1")).queryParam("assignee", assignee).queryParam("sort", "-created_at")
                .queryParam("limit", 1)
                .get("/api/v1/complaints").then().statusCode(200)
                .body("items[0].id", equalTo(ids.get(4)));
        given().auth().oauth2(Tokens.support("s-1")).queryParam("assignee", assignee).queryParam("breached", "false")
                .get("/api/v1/complaints").then().statusCode(200)
                .body("items.size()", equalTo(4));
    }

    @Test
    void aCustomerListsOnlyTheirOwnAndBadParametersAreNamed() {
        long customer = newCustomer();
        String mine = raise(customer, "low");
        raise(newCustomer(), "low");

        get(Tokens.customer(customer), "/api/v1/complaints?limit=100").statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(mine));
        get(Tokens.support("s-1"), "/api/v1/complaints?limit=abc").statusCode(400).body("errors[0].field", equalTo("limit"));
        get(Tokens.support("s-1"), "/api/v1/complaints?limit=1000").statusCode(400).body("errors[0].field", equalTo("limit"));
        get(Tokens.support("s-1"), "/api/v1/complaints?status=done").statusCode(400).body("errors[0].field", equalTo("status"));
        get(Tokens.support("s-1"), "/api/v1/complaints?breached=maybe").statusCode(400).body("errors[0].field", equalTo("breached"));
        get(Tokens.support("s-1"), "/api/v1/complaints?sort=priority").statusCode(400).body("errors[0].field", equalTo("sort"));
        get(Tokens.support("s-1"), "/api/v1/complaints?cursor=bm9wZQ").statusCode(400).body("errors[0].field", equalTo("cursor"));
        get(Tokens.agent("a-1"), "/api/v1/complaints").statusCode(403);
    }
}
