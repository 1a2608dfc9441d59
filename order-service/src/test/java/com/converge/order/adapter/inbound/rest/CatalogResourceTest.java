package com.converge.order.adapter.inbound.rest;

import static com.converge.order.Shop.count;
import static com.converge.order.Shop.newCustomer;
import static com.converge.order.Shop.placedOrder;
import static com.converge.order.Shop.product;
import static com.converge.order.Shop.stock;
import static com.converge.order.Shop.uniqueSku;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.converge.kernel.testing.KafkaProbe;
import com.converge.kernel.testing.Tokens;
import com.converge.order.Shop;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogResourceTest {

    @Test
    void anAdminBuildsTheCatalogAndCustomersPageThroughIt() {
        long category = ((Number) given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON)
                .body(Map.of("name", "Laptops " + System.nanoTime())).post("/api/v1/categories")
                .then().statusCode(201).extract().path("id")).longValue();
        long brand = ((Number) given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON)
                .body(Map.of("name", "Lenovo " + System.nanoTime())).post("/api/v1/brands")
                .then().statusCode(201).extract().path("id")).longValue();
        String marker = "Thinkpad" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON).body("""
                    {"name":"%s %d","categoryId":%d,"brandId":%d,"imageUrls":["https://img.example/%d.jpg"],"active":%s,
                     "variants":[{"sku":"%s","price":89999.00,"attributes":{"ram":"16GB"},"onHand":3,"lowStockThreshold":1}]}
                    """.formatted(marker, i, category, brand, i, i != 4, uniqueSku("TP")))
                    .post("/api/v1/products").then().statusCode(201)
                    .body("variants[0].attributes.ram", equalTo("16GB"));
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(Tokens.customer(newCustomer())).queryParam("q", marker.toLowerCase())
                    .queryParam("categoryId", category).queryParam("brandId", brand).queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/products").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.name"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertThat(seen).containsExactly(marker + " 0", marker + " 1", marker + " 2", marker + " 3");

        given().auth().oauth2(Tokens.admin("ad-1")).queryParam("q", marker).queryParam("includeInactive", "true")
                .get("/api/v1/products").then().statusCode(200).body("items", hasSize(5));
        given().auth().oauth2(Tokens.customer(1)).queryParam("cursor", "garbage!").get("/api/v1/products")
                .then().statusCode(400).body("errors.field", hasItem("cursor"));
        given().auth().oauth2(Tokens.customer(1)).queryParam("limit", "ten").get("/api/v1/products")
                .then().statusCode(400).body("errors.field", hasItem("limit"));
    }

    @Test
    void onlyAdminsChangeTheCatalogAndSkusAreUnique() {
        String sku = uniqueSku("UNQ");
        product(sku, 1, "10.00");
        given().auth().oauth2(Tokens.customer(42)).contentType(ContentType.JSON).body(Map.of("name", "Mine"))
                .post("/api/v1/categories").then().statusCode(403);
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON).body("""
                {"name":"Dup","categoryId":%d,"variants":[{"sku":"%s","price":10.00,"onHand":1,"lowStockThreshold":0}]}
                """.formatted(Shop.category(), sku)).post("/api/v1/products").then().statusCode(409);
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON).body("""
                {"name":"Nowhere","categoryId":999999,"variants":[{"sku":"%s","price":10.00,"onHand":1,"lowStockThreshold":0}]}
                """.formatted(uniqueSku("NW"))).post("/api/v1/products").then().statusCode(422).body("errors.field", hasItem("categoryId"));
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON).body("""
                {"name":"Cheap","categoryId":%d,"variants":[{"sku":"%s","price":0,"onHand":1,"lowStockThreshold":0}]}
                """.formatted(Shop.category(), uniqueSku("CH"))).post("/api/v1/products").then().statusCode(400)
                .body("errors.field", hasItem("price"));
    }

    @Test
    void adjustmentsAreLedgeredRefusedBelowWhatIsReservedAndCrossingTheThresholdPublishesStockLow() throws Exception {
        String sku = uniqueSku("ADJ");
        String variant = product(sku, 10, "50.00", 3);
        placedOrder(newCustomer(), "prepaid", sku, 4);

        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON).body("{\"delta\":-7,\"reason\":\"damaged\"}")
                .post("/api/v1/variants/" + variant + "/stock-adjustments").then().statusCode(409)
                .body("type", equalTo("urn:converge:problem:below-reserved"));
        assertThat(stock(variant)).containsExactly(10, 4);

        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON).header("Idempotency-Key", "adj-" + variant)
                .body("{\"delta\":-4,\"reason\":\"damaged\"}")
                .post("/api/v1/variants/" + variant + "/stock-adjustments").then().statusCode(200)
                .body("onHand", equalTo(6)).body("available", equalTo(2)).body("status", equalTo("low_stock"));
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON).header("Idempotency-Key", "adj-" + variant)
                .body("{\"delta\":-4,\"reason\":\"damaged\"}")
                .post("/api/v1/variants/" + variant + "/stock-adjustments").then().statusCode(200)
                .header("Idempotent-Replayed", "true");
        assertThat(stock(variant)).containsExactly(6, 4);
        assertThat(count("SELECT COUNT(*) FROM inventory_ledger WHERE variant_id = ?", variant)).isEqualTo(3);
        assertThat(count("""
                SELECT COUNT(*) FROM inventory_ledger WHERE variant_id = ? AND reason = 'damaged'
                AND on_hand_before = 10 AND on_hand_after = 6 AND changed_by = 'admin:ad-1'""", variant)).isEqualTo(1);
        assertThat(KafkaProbe.await("order-events", r -> variant.equals(r.key())
                && "converge.order.StockLow".equals(KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(20))).hasSize(1);

        given().auth().oauth2(Tokens.support("s-1")).queryParam("status", "low_stock").queryParam("limit", 200)
                .get("/api/v1/inventory").then().statusCode(200)
                .body("items.find { it.sku == '" + sku + "' }.stock.available", equalTo(2));
        given().auth().oauth2(Tokens.support("s-1")).queryParam("status", "plenty").get("/api/v1/inventory")
                .then().statusCode(400).body("errors.field", hasItem("status"));
        given().auth().oauth2(Tokens.customer(1)).get("/api/v1/inventory").then().statusCode(403);
        given().auth().oauth2(Tokens.support("s-1")).contentType(ContentType.JSON).body("{\"delta\":1,\"reason\":\"found\"}")
                .post("/api/v1/variants/" + variant + "/stock-adjustments").then().statusCode(403);
    }

    @Test
    void anInactiveProductExistsOnlyForStaff() {
        String id = given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON).body("""
                {"name":"Hidden","categoryId":%d,"active":false,"variants":[{"sku":"%s","price":10.00,"onHand":1,"lowStockThreshold":0}]}
                """.formatted(Shop.category(), uniqueSku("HID"))).post("/api/v1/products").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.customer(1)).get("/api/v1/products/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/products/" + id).then().statusCode(200)
                .body("active", equalTo(false)).body("createdAt", notNullValue()).body("brandId", nullValue());
        given().auth().oauth2(Tokens.customer(1)).get("/api/v1/products/nope").then().statusCode(400);
    }
}
