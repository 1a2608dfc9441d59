package com.converge.complaint.adapter.inbound.rest;

import static com.converge.complaint.KnownPurchases.count;
import static com.converge.complaint.KnownPurchases.awaitRecorded;
import static com.converge.complaint.KnownPurchases.publishBookingCreated;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Triage on creation, support's audited override, and the weights ADMIN sets. */
@QuarkusTest
class TriageAndWeightsTest {

    private static final String DEFAULT_WEIGHTS = "{\"engagement\":30,\"satisfaction\":25,\"support\":25,\"commercial\":20}";

    @Test
    void damageToAnExpensiveBookingWithoutAPriorityIsTriagedHighAndSupportOverridesItAudited() {
        long customer = ComplaintsApi.newCustomer();
        String booking = UUID.randomUUID().toString();
        publishBookingCreated(UUID.randomUUID().toString(), booking, customer, "12000.00");
        awaitRecorded(booking);

        String id = given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON)
                .body("""
                        {"type":"damage","subject":"Broken tap","description":"The new tap leaks","bookingId":"%s"}
                        """.formatted(booking))
                .post("/api/v1/complaints").then().statusCode(201)
                .body("priority", equalTo("high"))
                .body("status", equalTo("open"))
                .body("triage.suggestedPriority", equalTo("high"))
                .body("triage.points", equalTo(4))
                .body("triage.reasons", hasItem("referenced purchase worth INR 12000.00: +2"))
                .body("triage.reasons", hasItem("type damage: +2"))
                .extract().path("id");

        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/complaints/" + id + "/triage").then().statusCode(200)
                .body("suggestedPriority", equalTo("high"));
        given().auth().oauth2(Tokens.customer(customer)).get("/api/v1/complaints/" + id + "/triage").then().statusCode(403);

        ComplaintsApi.support(id, "priority", "{\"priority\":\"low\"}").statusCode(200).body("priority", equalTo("low"));
        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/complaints/" + id + "/audit").then().statusCode(200)
                .body("find { it.action == 'priority_changed' }.actor", equalTo("s-1"));
    }

    @Test
    void aRequestedPriorityIsKeptAndTheSuggestionStillShown() {
        long customer = ComplaintsApi.newCustomer();
        given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON)
                .body("{\"type\":\"other\",\"priority\":\"critical\",\"subject\":\"Question\",\"description\":\"About my invoice\"}")
                .post("/api/v1/complaints").then().statusCode(201)
                .body("priority", equalTo("critical"))
                .body("triage.suggestedPriority", equalTo("low"));
        given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON)
                .body("{\"type\":\"other\",\"priority\":\"\",\"subject\":\"Question\",\"description\":\"About my invoice\"}")
                .post("/api/v1/complaints").then().statusCode(400).body("errors[0].field", equalTo("priority"));
    }

    @Test
    void onlyAnAdminSetsWeightsAndABadWeightChangesNothing() throws Exception {
        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/health-weights").then().statusCode(200)
                .body("engagement", equalTo(30));
        given().auth().oauth2(Tokens.support("s-1")).contentType(ContentType.JSON).body(DEFAULT_WEIGHTS)
                .put("/api/v1/health-weights").then().statusCode(403);
        given().auth().oauth2(Tokens.customer(7)).get("/api/v1/health-weights").then().statusCode(403);

        given().auth().oauth2(Tokens.admin("root")).contentType(ContentType.JSON)
                .body("{\"engagement\":150,\"satisfaction\":25,\"support\":25,\"commercial\":20}")
                .put("/api/v1/health-weights").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("engagement"));
        given().auth().oauth2(Tokens.admin("root")).contentType(ContentType.JSON)
                .body("{\"engagement\":30,\"satisfaction\":25,\"support\":25}")
                .put("/api/v1/health-weights").then().statusCode(400).body("errors[0].field", equalTo("commercial"));
        assertThat(count("SELECT COUNT(*) FROM health_weight WHERE weight = 150")).isZero();

        try {
            given().auth().oauth2(Tokens.admin("root")).contentType(ContentType.JSON)
                    .body("{\"engagement\":40,\"satisfaction\":20,\"support\":30,\"commercial\":10}")
                    .put("/api/v1/health-weights").then().statusCode(200).body("support", equalTo(30));
            given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/health-weights").then().statusCode(200)
                    .body("engagement", equalTo(40)).body("commercial", equalTo(10));
            assertThat(count("SELECT COUNT(*) FROM health_weight WHERE updated_by = 'root'")).isEqualTo(4);
        } finally {
            given().auth().oauth2(Tokens.admin("root")).contentType(ContentType.JSON).body(DEFAULT_WEIGHTS)
                    .put("/api/v1/health-weights").then().statusCode(200);
        }
    }
}
