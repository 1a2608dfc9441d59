package com.converge.order.adapter.inbound.rest;

import static com.converge.order.Shop.newCustomer;
import static com.converge.order.Shop.placedOrder;
import static com.converge.order.Shop.product;
import static com.converge.order.Shop.uniqueSku;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;

import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AnalyticsResourceTest {

    @Test
    void aCustomersLifetimeValueCountsOrdersThatWereNotCancelled() {
        String sku = uniqueSku("LTV");
        product(sku, 50, "6000.00");
        long customer = newCustomer();
        placedOrder(customer, "prepaid", sku, 1);
        placedOrder(customer, "prepaid", sku, 1);
        String cancelled = placedOrder(customer, "prepaid", sku, 3);
        given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON).body("{\"reason\":\"no\"}")
                .post("/api/v1/orders/" + cancelled + "/cancel").then().statusCode(200);

        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/analytics/customers/" + customer).then().statusCode(200)
                .body("totalOrders", equalTo(2))
                .body("totalSpent", equalTo(12000.0f))
                .body("tier", equalTo("silver"))
                .body("status", equalTo("active"))
                .body("daysSinceLastOrder", equalTo(0));
        given().auth().oauth2(Tokens.admin("ad-1")).get("/api/v1/analytics/customers?limit=100").then().statusCode(200)
                .body("customerId", hasItem((int) customer));
        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/analytics/customers/" + newCustomer()).then().statusCode(404);
        given().auth().oauth2(Tokens.customer(customer)).get("/api/v1/analytics/customers/" + customer).then().statusCode(403);
    }

    @Test
    void dailyMetricsCountOrdersRevenueAndCancellations() {
        String sku = uniqueSku("DAY");
        product(sku, 10, "100.00");
        long customer = newCustomer();
        placedOrder(customer, "prepaid", sku, 1);
        String cancelled = placedOrder(customer, "prepaid", sku, 1);
        given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON).body("{\"reason\":\"no\"}")
                .post("/api/v1/orders/" + cancelled + "/cancel").then().statusCode(200);

        given().auth().oauth2(Tokens.admin("ad-1")).get("/api/v1/analytics/daily").then().statusCode(200)
                .body("$", not(empty()))
                .body("[-1].orders", greaterThanOrEqualTo(2))
                .body("[-1].cancellations", greaterThanOrEqualTo(1));
        given().auth().oauth2(Tokens.admin("ad-1")).queryParam("from", "yesterday").get("/api/v1/analytics/daily")
                .then().statusCode(400).body("errors.field", hasItem("from"));
        given().auth().oauth2(Tokens.admin("ad-1")).queryParam("from", "2026-12-02").queryParam("to", "2026-12-01")
                .get("/api/v1/analytics/daily").then().statusCode(400).body("errors.field", hasItem("from"));
    }
}
