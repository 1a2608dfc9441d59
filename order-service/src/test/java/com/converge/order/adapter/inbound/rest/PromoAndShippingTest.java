package com.converge.order.adapter.inbound.rest;

import static com.converge.order.Shop.count;
import static com.converge.order.Shop.newCustomer;
import static com.converge.order.Shop.order;
import static com.converge.order.Shop.product;
import static com.converge.order.Shop.uniqueSku;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PromoAndShippingTest {

    private static String promo(String code, String kind, String amount, String maxDiscount, Integer total, Integer perCustomer) {
        return """
                {"code":"%s","kind":"%s","amount":%s,"minOrder":100.00,"maxDiscount":%s,"validFrom":"%s","validUntil":"%s",
                 "totalLimit":%s,"perCustomerLimit":%s}
                """.formatted(code, kind, amount, maxDiscount, Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(30)), total, perCustomer);
    }

    private static String newCode() {
        return "P" + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    @Test
    void anOrderPaysTheZonesFeeLessThePromoAndShipsFreeAboveTheThreshold() {
        String prefix = String.valueOf(100 + (System.nanoTime() % 800));
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON)
                .body("{\"name\":\"Zone " + prefix + "\",\"pincodePrefix\":\"" + prefix + "\",\"fee\":49.00,\"freeAbove\":1000.00}")
                .post("/api/v1/shipping-zones").then().statusCode(201).body("pincodePrefix", equalTo(prefix));
        given().auth().oauth2(Tokens.customer(1)).get("/api/v1/shipping-zones").then().statusCode(200)
                .body("pincodePrefix", hasItem(prefix));
        String code = newCode();
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON).body(promo(code, "percent", "10", "50.00", null, null))
                .post("/api/v1/promos").then().statusCode(201).body("code", equalTo(code));
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON).body(promo(code, "percent", "10", "50.00", null, null))
                .post("/api/v1/promos").then().statusCode(409);
        String sku = uniqueSku("ZONE");
        product(sku, 20, "300.00");
        String pincode = prefix + "001".substring(0, 6 - prefix.length());

        given().auth().oauth2(Tokens.customer(newCustomer())).contentType(ContentType.JSON).body("""
                {"paymentMethod":"prepaid","items":[{"sku":"%s","quantity":2}],"promoCode":"%s",
                 "shipTo":{"state":"Anywhere","pincode":"%s"}}""".formatted(sku, code.toLowerCase(), pincode))
                .post("/api/v1/orders").then().statusCode(201)
                .body("subtotal", equalTo(600.0f)).body("discount", equalTo(50.0f)).body("shippingFee", equalTo(49.0f))
                .body("total", equalTo(599.0f)).body("promoCode", equalTo(code));
        given().auth().oauth2(Tokens.customer(newCustomer())).contentType(ContentType.JSON).body("""
                {"paymentMethod":"prepaid","items":[{"sku":"%s","quantity":4}],"shipTo":{"state":"Anywhere","pincode":"%s"}}"""
                .formatted(sku, pincode))
                .post("/api/v1/orders").then().statusCode(201).body("shippingFee", equalTo(0.0f)).body("total", equalTo(1200.0f));
        given().auth().oauth2(Tokens.customer(newCustomer())).contentType(ContentType.JSON).body("""
                {"paymentMethod":"prepaid","items":[{"sku":"%s","quantity":1}],"promoCode":"NOPE-NOPE"}""".formatted(sku))
                .post("/api/v1/orders").then().statusCode(422).body("errors.field", hasItem("promoCode"));
        given().auth().oauth2(Tokens.customer(newCustomer())).contentType(ContentType.JSON).body("""
                {"paymentMethod":"prepaid","items":[{"sku":"%s","quantity":1}],"shipTo":{"state":"X","pincode":"12"}}""".formatted(sku))
                .post("/api/v1/orders").then().statusCode(400).body("errors.field", hasItem("shipTo.pincode"));
        given().auth().oauth2(Tokens.customer(newCustomer())).contentType(ContentType.JSON).body("""
                {"paymentMethod":"prepaid","items":[{"sku":"%s","quantity":1}],"shipTo":{"state":"KA"}}""".formatted(sku))
                .post("/api/v1/orders").then().statusCode(400).body("errors.field", hasItem("shipTo.pincode"));
    }

    @Test
    void aCodeWithTenUsesIsNeverUsedElevenTimesAndACustomerUsesItOnlyAsOftenAsAllowed() throws Exception {
        String code = newCode();
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON).body(promo(code, "flat", "25", "null", 10, 1))
                .post("/api/v1/promos").then().statusCode(201);
        String sku = uniqueSku("PROMO");
        product(sku, 100, "200.00");
        String items = "[{\"sku\":\"" + sku + "\",\"quantity\":1}]";

        long regular = newCustomer();
        given().auth().oauth2(Tokens.customer(regular)).contentType(ContentType.JSON)
                .body("{\"paymentMethod\":\"prepaid\",\"items\":" + items + ",\"promoCode\":\"" + code + "\"}")
                .post("/api/v1/orders").then().statusCode(201).body("total", equalTo(175.0f));
        given().auth().oauth2(Tokens.customer(regular)).contentType(ContentType.JSON)
                .body("{\"paymentMethod\":\"prepaid\",\"items\":" + items + ",\"promoCode\":\"" + code + "\"}")
                .post("/api/v1/orders").then().statusCode(422).body("errors.field", hasItem("promoCode"));

        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long customer = newCustomer();
            answers.add(pool.submit((Callable<Integer>) () -> given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON)
                    .body("{\"paymentMethod\":\"prepaid\",\"items\":" + items + ",\"promoCode\":\"" + code + "\"}")
                    .post("/api/v1/orders").then().extract().statusCode()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(9);
        assertThat(statuses).allMatch(s -> s == 201 || s == 409);
        assertThat(count("SELECT used_count FROM promo WHERE code = ?", code)).isEqualTo(10);
        assertThat(count("SELECT COUNT(*) FROM promo_redemption WHERE code = ?", code)).isEqualTo(10);
        assertThat(count("SELECT COUNT(*) FROM customer_order WHERE promo_code = ?", code)).isEqualTo(10);
    }
}
