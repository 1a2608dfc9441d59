package com.converge.complaint.adapter.inbound.rest;

import static com.converge.complaint.adapter.inbound.rest.ComplaintsApi.newCustomer;
import static com.converge.complaint.adapter.inbound.rest.ComplaintsApi.raiseWith;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SlaPolicyResourceTest {

    private static final String OFFICE_HOURS_POLICY = """
            {"name":"Provider behaviour, office hours","position":1,"types":["provider_behavior"],
             "targets":{"critical":{"firstResponseMinutes":30,"resolutionMinutes":120},
                        "high":{"firstResponseMinutes":60,"resolutionMinutes":480},
                        "medium":{"firstResponseMinutes":240,"resolutionMinutes":1440},
                        "low":{"firstResponseMinutes":480,"nextResponseMinutes":240,"resolutionMinutes":2880}},
             "calendar":{"timeZone":"Asia/Kolkata","hours":{"monday":[{"start":"09:00","end":"18:00"}],
                         "tuesday":[{"start":"09:00","end":"18:00"}]},"holidays":["2026-12-25"]},
             "warningPercent":75,"escalationOverduePercent":[0,100]}""";

    @Test
    void anAdministratorsPolicyAppliesToNewComplaintsItMatches() {
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON).body(OFFICE_HOURS_POLICY)
                .put("/api/v1/sla-policies/provider-office-hours").then().statusCode(200)
                .body("id", equalTo("provider-office-hours"))
                .body("calendar.hours.monday[0].start", equalTo("09:00"))
                .body("targets.low.nextResponseMinutes", equalTo(240));

        String id = raiseWith(newCustomer(), """
                {"type":"provider_behavior","priority":"high","subject":"Rude","description":"The provider shouted"}""");
        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/complaints/" + id).then().statusCode(200)
                .body("slaPolicy", equalTo("provider-office-hours"))
                .body("clocks.firstResponse.targetSeconds", equalTo(3600))
                .body("clocks.resolution.targetSeconds", equalTo(480 * 60));
        String other = raiseWith(newCustomer(), """
                {"type":"delay","priority":"high","subject":"Late","description":"Late"}""");
        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/complaints/" + other).then().statusCode(200)
                .body("slaPolicy", equalTo("default"));
        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/sla-policies").then().statusCode(200)
                .body("id", hasItem("provider-office-hours"))
                .body("[-1].id", equalTo("default"));
    }

    @Test
    void onlyAnAdministratorWritesPoliciesAndBadOnesNameTheField() {
        given().auth().oauth2(Tokens.support("s-1")).contentType(ContentType.JSON).body(OFFICE_HOURS_POLICY)
                .put("/api/v1/sla-policies/p1").then().statusCode(403);
        given().auth().oauth2(Tokens.customer(42)).get("/api/v1/sla-policies").then().statusCode(403);
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON)
                .body(OFFICE_HOURS_POLICY.replace("Asia/Kolkata", "Mars/Olympus"))
                .put("/api/v1/sla-policies/p1").then().statusCode(400).body("errors[0].field", equalTo("calendar.timeZone"));
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON)
                .body(OFFICE_HOURS_POLICY.replace("\"resolutionMinutes\":120", "\"resolutionMinutes\":0"))
                .put("/api/v1/sla-policies/p1").then().statusCode(400)
                .body("errors[0].field", equalTo("targets.critical.resolutionMinutes"));
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON)
                .body(OFFICE_HOURS_POLICY.replace("\"warningPercent\":75", "\"warningPercent\":100"))
                .put("/api/v1/sla-policies/p1").then().statusCode(400).body("errors[0].field", equalTo("warningPercent"));
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON).body(OFFICE_HOURS_POLICY)
                .put("/api/v1/sla-policies/default").then().statusCode(400).body("errors[0].field", equalTo("id"));
    }
}
