package com.converge.complaint.adapter.inbound.rest;

import static com.converge.complaint.adapter.inbound.rest.ComplaintsApi.newCustomer;
import static com.converge.complaint.adapter.inbound.rest.ComplaintsApi.raise;
import static com.converge.complaint.adapter.inbound.rest.ComplaintsApi.text;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CustomerSegmentsTest {

    private static final String VIP_POLICY = """
            {"name":"VIP, fast","position":0,"segments":["vip"],
             "targets":{"critical":{"firstResponseMinutes":15,"resolutionMinutes":60},
                        "high":{"firstResponseMinutes":30,"resolutionMinutes":120},
                        "medium":{"firstResponseMinutes":60,"resolutionMinutes":480},
                        "low":{"firstResponseMinutes":120,"resolutionMinutes":1440}},
             "calendar":{"timeZone":"Asia/Kolkata"}}""";

    private static ValidatableResponse place(String token, Object customer, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .put("/api/v1/customer-segments/" + customer).then();
    }

    @Test
    void aVipCustomersComplaintGetsTheVipPolicysTargetsAndOthersKeepTheDefault() throws Exception {
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON).body(VIP_POLICY)
                .put("/api/v1/sla-policies/vip-fast").then().statusCode(200);
        long vip = newCustomer();
        long standard = newCustomer();

        place(Tokens.admin("ad-1"), vip, "{\"segment\":\"vip\"}").statusCode(200)
                .body("customerId", equalTo((int) vip))
                .body("segment", equalTo("vip"))
                .body("updatedBy", equalTo("ad-1"));
        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/customer-segments/" + vip).then().statusCode(200)
                .body("segment", equalTo("vip"));
        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/customer-segments/" + standard).then().statusCode(200)
                .body("segment", equalTo("standard"))
                .body("updatedAt", nullValue());

        String vipComplaint = raise(vip, "high");
        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/complaints/" + vipComplaint).then().statusCode(200)
                .body("slaPolicy", equalTo("vip-fast"))
                .body("clocks.firstResponse.targetSeconds", equalTo(30 * 60))
                .body("clocks.resolution.targetSeconds", equalTo(120 * 60));
        assertThat(text("SELECT segment FROM complaint WHERE id = ?", vipComplaint)).isEqualTo("vip");
        String standardComplaint = raise(standard, "high");
        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/complaints/" + standardComplaint).then().statusCode(200)
                .body("slaPolicy", equalTo("default"))
                .body("clocks.firstResponse.targetSeconds", equalTo(4 * 3600));

        place(Tokens.admin("ad-1"), vip, "{\"segment\":\"premium\"}").statusCode(200).body("segment", equalTo("premium"));
        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/complaints/" + vipComplaint).then().statusCode(200)
                .body("slaPolicy", equalTo("vip-fast"));
        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/complaints/" + raise(vip, "high")).then().statusCode(200)
                .body("slaPolicy", equalTo("default"));
    }

    @Test
    void onlyAnAdministratorPlacesCustomersAndBadValuesNameTheField() throws Exception {
        long customer = newCustomer();
        place(Tokens.admin("ad-1"), customer, "{\"segment\":\"premium\"}").statusCode(200);

        place(Tokens.admin("ad-1"), customer, "{\"segment\":\"gold\"}").statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("segment"));
        place(Tokens.admin("ad-1"), customer, "{}").statusCode(400).body("errors[0].field", equalTo("segment"));
        place(Tokens.admin("ad-1"), "abc", "{\"segment\":\"vip\"}").statusCode(400).body("errors[0].field", equalTo("customerId"));
        place(Tokens.admin("ad-1"), 0, "{\"segment\":\"vip\"}").statusCode(400).body("errors[0].field", equalTo("customerId"));
        place(Tokens.support("s-1"), customer, "{\"segment\":\"vip\"}").statusCode(403);
        place(Tokens.customer(customer), customer, "{\"segment\":\"vip\"}").statusCode(403);
        given().auth().oauth2(Tokens.customer(customer)).get("/api/v1/customer-segments/" + customer).then().statusCode(403);
        given().auth().oauth2(Tokens.agent("a-1")).get("/api/v1/customer-segments").then().statusCode(403);
        assertThat(text("SELECT segment FROM customer_segment WHERE customer_id = ?", customer)).isEqualTo("PREMIUM");

        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON)
                .body(VIP_POLICY.replace("[\"vip\"]", "[\"gold\"]"))
                .put("/api/v1/sla-policies/gold").then().statusCode(400).body("errors[0].field", equalTo("segments"));
    }

    @Test
    void supportPagesThroughTheCustomersOfASegment() {
        List<Long> placed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long customer = newCustomer();
            place(Tokens.admin("ad-1"), customer, "{\"segment\":\"vip\"}").statusCode(200);
            placed.add(customer);
        }

        List<Long> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = given().auth().oauth2(Tokens.support("s-1"))
                    .queryParam("segment", "vip").queryParam("limit", 2).queryParam("cursor", cursor == null ? "" : cursor)
                    .get("/api/v1/customer-segments").then().statusCode(200)
                    .body("items.segment", everyItem(equalTo("vip")))
                    .extract().jsonPath();
            seen.addAll(page.getList("items.customerId", Long.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);

        assertThat(seen).containsAll(placed).isSorted().doesNotHaveDuplicates();
        given().auth().oauth2(Tokens.support("s-1")).queryParam("segment", "gold").get("/api/v1/customer-segments").then()
                .statusCode(400).body("errors[0].field", equalTo("segment"));
        given().auth().oauth2(Tokens.support("s-1")).queryParam("cursor", "garbage").get("/api/v1/customer-segments").then()
                .statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().auth().oauth2(Tokens.support("s-1")).queryParam("limit", 0).get("/api/v1/customer-segments").then()
                .statusCode(400).body("errors[0].field", equalTo("limit"));
    }
}
