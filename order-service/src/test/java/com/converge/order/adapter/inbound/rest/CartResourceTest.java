package com.converge.order.adapter.inbound.rest;

import static com.converge.order.Shop.count;
import static com.converge.order.Shop.execute;
import static com.converge.order.Shop.newCustomer;
import static com.converge.order.Shop.product;
import static com.converge.order.Shop.uniqueSku;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CartResourceTest {

    static RequestSpecification as(long customer) {
        return given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON);
    }

    static Response add(long customer, String sku, int quantity) {
        return as(customer).body(Map.of("sku", sku, "quantity", quantity)).post("/api/v1/cart/lines");
    }

    @Test
    void aCustomerAddsChangesAndRemovesLinesAndSeesTodaysPricesAndAvailability() throws Exception {
        String phone = uniqueSku("CPH");
        String cover = uniqueSku("CCV");
        String phoneVariant = product(phone, 3, "500.00");
        product(cover, 10, "99.50");
        long customer = newCustomer();

        add(customer, phone, 2).then().statusCode(200).body("lines", hasSize(1)).body("subtotal", equalTo(1000.0f));
        add(customer, phone, 2).then().statusCode(200)
                .body("lines[0].quantity", equalTo(4))
                .body("lines[0].availability", equalTo("short"))
                .body("lines[0].available", equalTo(3));
        add(customer, cover, 1).then().statusCode(200).body("lines", hasSize(2));
        as(customer).body(Map.of("quantity", 1)).put("/api/v1/cart/lines/" + phone).then().statusCode(200)
                .body("lines[0].quantity", equalTo(1)).body("lines[0].availability", equalTo("in_stock"));

        // the cart prices at today's price, not the price when the line was added
        execute("UPDATE variant SET price = 450.00 WHERE id = ?", phoneVariant);
        as(customer).get("/api/v1/cart").then().statusCode(200)
                .body("lines[0].sku", equalTo(phone))
                .body("lines[0].unitPrice", equalTo(450.0f))
                .body("lines[1].lineTotal", equalTo(99.5f))
                .body("subtotal", equalTo(549.5f))
                .body("shipping", nullValue())
                .body("promo", nullValue())
                .body("total", equalTo(549.5f));

        as(customer).delete("/api/v1/cart/lines/" + cover).then().statusCode(200).body("lines", hasSize(1));
        as(customer).delete("/api/v1/cart/lines/" + cover).then().statusCode(200).body("lines", hasSize(1));
        assertThat(count("SELECT COUNT(*) FROM cart_line WHERE customer_id = ?", customer)).isEqualTo(1);
    }

    @Test
    void theCartPreviewsAPromoAndTheShippingFeeForAnAddress() {
        String sku = uniqueSku("CPV");
        product(sku, 10, "400.00");
        String code = "CART" + System.nanoTime() % 1_000_000;
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON).body("""
                {"code":"%s","kind":"percent","amount":10,"minOrder":0,"validFrom":"2020-01-01T00:00:00Z",
                 "validUntil":"2099-01-01T00:00:00Z","scope":"all"}""".formatted(code))
                .post("/api/v1/promos").then().statusCode(201);
        String prefix = String.valueOf(90000 + System.nanoTime() % 10000);
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON)
                .body(Map.of("name", "Zone " + prefix, "pincodePrefix", prefix, "fee", 60, "freeAbove", 5000))
                .post("/api/v1/shipping-zones").then().statusCode(201);
        long customer = newCustomer();
        add(customer, sku, 2).then().statusCode(200);

        as(customer).queryParam("promoCode", code.toLowerCase()).queryParam("state", "Odisha").queryParam("pincode", prefix + "1")
                .get("/api/v1/cart").then().statusCode(200)
                .body("subtotal", equalTo(800.0f))
                .body("promo.code", equalTo(code))
                .body("promo.discount", equalTo(80.0f))
                .body("promo.notApplicable", nullValue())
                .body("shipping", equalTo(60.0f))
                .body("total", equalTo(780.0f));
        as(customer).queryParam("promoCode", "NOSUCHCODE").get("/api/v1/cart").then().statusCode(200)
                .body("promo.discount", equalTo(0.0f))
                .body("promo.notApplicable", equalTo("no promo code NOSUCHCODE"))
                .body("total", equalTo(800.0f));
        as(customer).queryParam("state", "Odisha").queryParam("pincode", "12").get("/api/v1/cart").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("pincode"));
    }

    @Test
    void badQuantitiesAndUnknownOrInactiveSkusAreProblemsAndChangeNothing() throws Exception {
        String sku = uniqueSku("CBAD");
        String variant = product(sku, 5, "10.00");
        String retired = uniqueSku("CRET");
        String retiredVariant = product(retired, 5, "10.00");
        execute("UPDATE variant SET active = FALSE WHERE id = ?", retiredVariant);
        long customer = newCustomer();

        for (int quantity : new int[]{0, -1, 1001}) {
            add(customer, sku, quantity).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("quantity"));
        }
        as(customer).body(Map.of("quantity", 1)).post("/api/v1/cart/lines").then().statusCode(400)
                .body("errors.field", hasItem("sku"));
        add(customer, "NO-SUCH-SKU-" + customer, 1).then().statusCode(404).contentType("application/problem+json");
        add(customer, retired, 1).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("sku"));
        as(customer).body(Map.of("quantity", 0)).put("/api/v1/cart/lines/" + sku).then().statusCode(400)
                .body("errors.field", hasItem("quantity"));
        add(customer, sku, 1000).then().statusCode(200);
        add(customer, sku, 1).then().statusCode(422).body("errors.field", hasItem("quantity"));

        assertThat(count("SELECT COALESCE(SUM(quantity), 0) FROM cart_line WHERE customer_id = ?", customer)).isEqualTo(1000);
        assertThat(count("SELECT COUNT(*) FROM cart_line WHERE variant_id = ?", variant)).isEqualTo(1);
    }

    @Test
    void onlyCustomersHaveACartAndEachSeesOnlyTheirOwn() {
        String sku = uniqueSku("COWN");
        product(sku, 5, "10.00");
        long owner = newCustomer();
        add(owner, sku, 2).then().statusCode(200);

        as(newCustomer()).get("/api/v1/cart").then().statusCode(200).body("lines", hasSize(0)).body("total", equalTo(0.0f));
        given().auth().oauth2(Tokens.admin("ad-1")).get("/api/v1/cart").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.support("s-1")).contentType(ContentType.JSON).body(Map.of("sku", sku, "quantity", 1))
                .post("/api/v1/cart/lines").then().statusCode(403);
        given().get("/api/v1/cart").then().statusCode(401);
    }

    @Test
    void concurrentAddsOfOneSkuSum() throws Exception {
        String sku = uniqueSku("CSUM");
        String variant = product(sku, 5, "10.00");
        long customer = newCustomer();
        int adds = 20;
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < adds; i++) {
            int quantity = i % 2 + 1;
            answers.add(pool.submit((Callable<Integer>) () -> add(customer, sku, quantity).then().extract().statusCode()));
        }
        for (Future<Integer> answer : answers) {
            assertThat(answer.get()).isEqualTo(200);
        }
        pool.shutdown();

        assertThat(count("SELECT quantity FROM cart_line WHERE customer_id = ? AND variant_id = ?", customer, variant)).isEqualTo(30);
    }
}
