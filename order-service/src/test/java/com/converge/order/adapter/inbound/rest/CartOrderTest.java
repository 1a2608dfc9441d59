package com.converge.order.adapter.inbound.rest;

import static com.converge.order.Shop.count;
import static com.converge.order.Shop.execute;
import static com.converge.order.Shop.newCustomer;
import static com.converge.order.Shop.product;
import static com.converge.order.Shop.stock;
import static com.converge.order.Shop.uniqueSku;
import static com.converge.order.adapter.inbound.rest.CartResourceTest.add;
import static com.converge.order.adapter.inbound.rest.CartResourceTest.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.converge.kernel.testing.KafkaProbe;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Placing an order from the cart: the ordered lines leave the cart with the order, or nothing happens. */
@QuarkusTest
class CartOrderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FROM_CART = "{\"paymentMethod\":\"prepaid\",\"fromCart\":true}";

    private static Response checkout(long customer, String key, String body) {
        var request = as(customer).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/orders");
    }

    @Test
    void anOrderFromTheCartTakesItsLinesOutOfItOnceHoweverOftenItIsReplayed() throws Exception {
        String phone = uniqueSku("OPH");
        String cover = uniqueSku("OCV");
        String phoneVariant = product(phone, 5, "1000.00");
        String coverVariant = product(cover, 5, "150.00");
        long customer = newCustomer();
        add(customer, phone, 2).then().statusCode(200);
        add(customer, cover, 1).then().statusCode(200);

        String id = checkout(customer, "cart-" + customer, FROM_CART).then().statusCode(201)
                .body("status", equalTo("pending"))
                .body("lines", hasSize(2))
                .body("total", equalTo(2150.0f))
                .extract().path("id");
        as(customer).get("/api/v1/cart").then().statusCode(200).body("lines", hasSize(0));
        assertThat(stock(phoneVariant)).containsExactly(5, 2);
        assertThat(stock(coverVariant)).containsExactly(5, 1);

        // something added after the order stays in the cart when the request is replayed
        add(customer, cover, 3).then().statusCode(200);
        checkout(customer, "cart-" + customer, FROM_CART).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(id));
        as(customer).get("/api/v1/cart").then().statusCode(200).body("lines", hasSize(1)).body("lines[0].quantity", equalTo(3));
        assertThat(count("SELECT COUNT(*) FROM customer_order WHERE customer_id = ?", customer)).isEqualTo(1);
        assertThat(stock(coverVariant)).containsExactly(5, 1);

        List<ConsumerRecord<String, String>> placed = KafkaProbe.await("order-events",
                r -> id.equals(r.key()) && "converge.order.OrderPlaced".equals(KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(20));
        assertThat(placed).hasSize(1);
        JsonNode data = JSON.readTree(placed.get(0).value());
        assertThat(data.get("customerId").asLong()).isEqualTo(customer);
        assertThat(data.get("totalAmount").decimalValue()).isEqualByComparingTo("2150.00");
    }

    @Test
    void tooLittleStockIsA409AndTheCartStaysAsItWas() throws Exception {
        String scarce = uniqueSku("OSC");
        String plenty = uniqueSku("OPL");
        String scarceVariant = product(scarce, 2, "100.00");
        String plentyVariant = product(plenty, 50, "10.00");
        long customer = newCustomer();
        add(customer, plenty, 4).then().statusCode(200);
        add(customer, scarce, 3).then().statusCode(200);

        checkout(customer, "short-" + customer, FROM_CART).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:converge:problem:insufficient-stock"))
                .body("shortages[0].sku", equalTo(scarce))
                .body("shortages[0].available", equalTo(2));

        as(customer).get("/api/v1/cart").then().statusCode(200).body("lines", hasSize(2))
                .body("lines.find { it.sku == '" + scarce + "' }.quantity", equalTo(3))
                .body("lines.find { it.sku == '" + plenty + "' }.quantity", equalTo(4));
        assertThat(count("SELECT COALESCE(SUM(quantity), 0) FROM cart_line WHERE customer_id = ?", customer)).isEqualTo(7);
        assertThat(stock(scarceVariant)).containsExactly(2, 0);
        assertThat(stock(plentyVariant)).containsExactly(50, 0);
        assertThat(count("SELECT COUNT(*) FROM customer_order WHERE customer_id = ?", customer)).isZero();

        // the customer lowers the line and the same cart goes through
        as(customer).body("{\"quantity\":2}").put("/api/v1/cart/lines/" + scarce).then().statusCode(200);
        checkout(customer, "short-again-" + customer, FROM_CART).then().statusCode(201);
        assertThat(count("SELECT COUNT(*) FROM cart_line WHERE customer_id = ?", customer)).isZero();
    }

    @Test
    void anEmptyCartALineNoLongerForSaleOrItemsBesideTheCartAreRefusedAndChangeNothing() throws Exception {
        String sku = uniqueSku("OEM");
        String retired = uniqueSku("ORT");
        String variant = product(sku, 5, "10.00");
        String retiredVariant = product(retired, 5, "10.00");
        long customer = newCustomer();

        checkout(customer, null, FROM_CART).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("fromCart"));
        add(customer, sku, 1).then().statusCode(200);
        add(customer, retired, 1).then().statusCode(200);
        execute("UPDATE variant SET active = FALSE WHERE id = ?", retiredVariant);
        checkout(customer, null, FROM_CART).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("cart[" + retired + "]"));
        checkout(customer, null, "{\"paymentMethod\":\"prepaid\",\"fromCart\":true,\"items\":[{\"sku\":\"" + sku + "\",\"quantity\":1}]}")
                .then().statusCode(400).body("errors.field", hasItem("items"));

        assertThat(count("SELECT COUNT(*) FROM cart_line WHERE customer_id = ?", customer)).isEqualTo(2);
        assertThat(stock(variant)).containsExactly(5, 0);
        assertThat(count("SELECT COUNT(*) FROM customer_order WHERE customer_id = ?", customer)).isZero();
    }

    @Test
    void twoCheckoutsOfOneCartAtOnceMakeOneOrder() throws Exception {
        String sku = uniqueSku("OTW");
        String variant = product(sku, 20, "10.00");
        long customer = newCustomer();
        add(customer, sku, 3).then().statusCode(200);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String key = "twice-" + customer + "-" + i;
            answers.add(pool.submit((Callable<Integer>) () -> checkout(customer, key, FROM_CART).then().extract().statusCode()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        assertThat(statuses).containsOnlyOnce(201).allMatch(status -> status == 201 || status == 422);
        assertThat(count("SELECT COUNT(*) FROM customer_order WHERE customer_id = ?", customer)).isEqualTo(1);
        assertThat(stock(variant)).containsExactly(20, 3);
    }
}
