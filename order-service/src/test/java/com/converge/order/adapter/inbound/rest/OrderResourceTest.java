package com.converge.order.adapter.inbound.rest;

import static com.converge.order.Shop.count;
import static com.converge.order.Shop.newCustomer;
import static com.converge.order.Shop.order;
import static com.converge.order.Shop.placedOrder;
import static com.converge.order.Shop.product;
import static com.converge.order.Shop.stock;
import static com.converge.order.Shop.text;
import static com.converge.order.Shop.uniqueSku;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import com.converge.kernel.testing.KafkaProbe;
import com.converge.kernel.testing.Tokens;
import com.converge.order.Shop;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrderResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aMultiLineOrderReservesEveryVariantAtOnceAndLedgersEachWithItsBeforeAndAfter() throws Exception {
        String kettle = uniqueSku("KETTLE");
        String kettleVariant = product(kettle, 10, "1499.00");
        String mug = uniqueSku("MUG");
        String mugVariant = product(mug, 4, "299.00");
        long customer = newCustomer();

        String id = order(customer, "prepaid", "[{\"sku\":\"" + kettle + "\",\"quantity\":3},{\"sku\":\"" + mug
                + "\",\"quantity\":4},{\"sku\":\"" + kettle + "\",\"quantity\":1}]")
                .then().statusCode(201).extract().path("id");

        assertThat(stock(kettleVariant)).containsExactly(10, 4);
        assertThat(stock(mugVariant)).containsExactly(4, 4);
        String ledger = "SELECT CONCAT_WS(',', on_hand_before, on_hand_after, reserved_before, reserved_after) FROM inventory_ledger"
                + " WHERE variant_id = ? AND reason = 'reserve' AND reference = ?";
        assertThat(text(ledger, kettleVariant, id)).isEqualTo("10,10,0,4");
        assertThat(text(ledger, mugVariant, id)).isEqualTo("4,4,0,4");
        assertThat(text("SELECT GROUP_CONCAT(CONCAT(line_no, ':', sku, 'x', quantity, '@', unit_price) ORDER BY line_no)"
                + " FROM order_line WHERE order_id = ?", id))
                .isEqualTo("1:" + kettle + "x3@1499.00,2:" + mug + "x4@299.00,3:" + kettle + "x1@1499.00");

        // the mug is gone: the kettle, available, is not reserved either
        order(customer, "prepaid", "[{\"sku\":\"" + kettle + "\",\"quantity\":1},{\"sku\":\"" + mug + "\",\"quantity\":1}]")
                .then().statusCode(409)
                .body("shortages[0].sku", equalTo(mug))
                .body("shortages[0].available", equalTo(0));
        assertThat(stock(kettleVariant)).containsExactly(10, 4);
        assertThat(count("SELECT COUNT(*) FROM inventory_ledger WHERE variant_id = ?", kettleVariant)).isEqualTo(2);
    }

    @Test
    void aPrepaidOrderSnapshotsPricesReservesStockAndIsPublished() throws Exception {
        String sku = uniqueSku("S24");
        String variant = product(sku, 10, "74999.50");
        long customer = newCustomer();

        String id = order(customer, "prepaid", "[{\"sku\":\"" + sku + "\",\"quantity\":2}]")
                .then().statusCode(201)
                .body("status", equalTo("pending"))
                .body("orderNumber", matchesPattern("ORD-\\d{8}-\\d{5}"))
                .body("total", equalTo(149999.0f))
                .body("lines[0].unitPrice", equalTo(74999.5f))
                .body("actionRequired", equalTo("awaiting confirmation"))
                .extract().path("id");

        assertThat(stock(variant)).containsExactly(10, 2);
        assertThat(count("SELECT COUNT(*) FROM inventory_ledger WHERE variant_id = ? AND reason = 'reserve' AND reference = ?",
                variant, id)).isEqualTo(1);
        given().auth().oauth2(Tokens.customer(customer)).get("/api/v1/orders/" + id).then().statusCode(200)
                .body("reservationExpiresAt", notNullValue())
                .body("history[0].to", equalTo("pending"))
                .body("history[0].by", equalTo("customer:" + customer));

        List<ConsumerRecord<String, String>> placed = KafkaProbe.await("order-events",
                r -> id.equals(r.key()) && "converge.order.OrderPlaced".equals(KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(20));
        assertThat(placed).hasSize(1);
        JsonNode data = JSON.readTree(placed.get(0).value());
        assertThat(data.get("customerId").asLong()).isEqualTo(customer);
        assertThat(data.get("paymentMethod").asText()).isEqualTo("prepaid");
        assertThat(data.get("verificationRequired").asBoolean()).isFalse();
        assertThat(data.get("totalAmount").decimalValue()).isEqualByComparingTo("149999.00");
    }

    @Test
    void orderNumbersCountUpWithinTheDay() {
        String sku = uniqueSku("NUM");
        product(sku, 10, "10.00");
        long customer = newCustomer();
        String first = order(customer, "prepaid", "[{\"sku\":\"" + sku + "\",\"quantity\":1}]").then().statusCode(201)
                .extract().path("orderNumber");
        String second = order(customer, "prepaid", "[{\"sku\":\"" + sku + "\",\"quantity\":1}]").then().statusCode(201)
                .extract().path("orderNumber");
        assertThat(second.substring(0, 13)).isEqualTo(first.substring(0, 13));
        assertThat(Integer.parseInt(second.substring(13))).isEqualTo(Integer.parseInt(first.substring(13)) + 1);
    }

    @Test
    void tooLittleStockIsA409NamingEachSkuAndReservesNothing() throws Exception {
        String plenty = uniqueSku("PLENTY");
        String scarce = uniqueSku("SCARCE");
        String plentyVariant = product(plenty, 10, "100.00");
        String scarceVariant = product(scarce, 3, "100.00");

        // two lines of one SKU are summed: 2 + 2 > 3
        order(newCustomer(), "prepaid", """
                [{"sku":"%s","quantity":1},{"sku":"%s","quantity":2},{"sku":"%s","quantity":2}]""".formatted(plenty, scarce, scarce))
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:converge:problem:insufficient-stock"))
                .body("shortages[0].sku", equalTo(scarce))
                .body("shortages[0].requested", equalTo(4))
                .body("shortages[0].available", equalTo(3));

        assertThat(stock(plentyVariant)).containsExactly(10, 0);
        assertThat(stock(scarceVariant)).containsExactly(3, 0);
    }

    @Test
    void aRepeatWithTheSameIdempotencyKeyReplaysTheFirstOrder() throws Exception {
        String sku = uniqueSku("IDEM");
        String variant = product(sku, 5, "10.00");
        long customer = newCustomer();
        String body = "{\"paymentMethod\":\"prepaid\",\"items\":[{\"sku\":\"" + sku + "\",\"quantity\":1}]}";
        String first = given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON)
                .header("Idempotency-Key", "k-" + customer).body(body)
                .post("/api/v1/orders").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON)
                .header("Idempotency-Key", "k-" + customer).body(body)
                .post("/api/v1/orders").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON)
                .header("Idempotency-Key", "k-" + customer).body(body.replace("\"quantity\":1", "\"quantity\":2"))
                .post("/api/v1/orders").then().statusCode(422)
                .body("errors.field", hasItem("Idempotency-Key"));

        assertThat(stock(variant)).containsExactly(5, 1);
        assertThat(count("SELECT COUNT(*) FROM customer_order WHERE customer_id = ?", customer)).isEqualTo(1);
    }

    @Test
    void badOrdersNameTheFieldAndChangeNothing() throws Exception {
        String sku = uniqueSku("BAD");
        String variant = product(sku, 5, "10.00");
        long customer = newCustomer();
        order(customer, "cash", "[{\"sku\":\"" + sku + "\",\"quantity\":1}]")
                .then().statusCode(400).body("errors.field", hasItem("paymentMethod"));
        order(customer, "prepaid", "[{\"sku\":\"" + sku + "\",\"quantity\":0}]")
                .then().statusCode(400).body("errors.field", hasItem("items[0].quantity"));
        order(customer, "prepaid", "[]").then().statusCode(400).body("errors.field", hasItem("items"));
        order(customer, "prepaid", "[{\"sku\":\"NO-SUCH-SKU\",\"quantity\":1}]")
                .then().statusCode(422).body("errors.field", hasItem("items[0].sku"));
        assertThat(stock(variant)).containsExactly(5, 0);
        assertThat(count("SELECT COUNT(*) FROM customer_order WHERE customer_id = ?", customer)).isZero();
    }

    @Test
    void aCustomerSeesOnlyTheirOwnOrders() {
        String sku = uniqueSku("OWN");
        product(sku, 5, "10.00");
        long owner = newCustomer();
        String id = placedOrder(owner, "prepaid", sku, 1);

        given().auth().oauth2(Tokens.customer(newCustomer())).get("/api/v1/orders/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.customer(newCustomer())).contentType(ContentType.JSON).body("{\"reason\":\"mine now\"}")
                .post("/api/v1/orders/" + id + "/cancel").then().statusCode(404);
        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/orders/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.customer(owner)).get("/api/v1/orders").then().statusCode(200)
                .body("id", hasItem(id));
        given().auth().oauth2(Tokens.customer(owner)).contentType(ContentType.JSON).post("/api/v1/orders/" + id + "/pack")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.support("s-1")).contentType(ContentType.JSON).post("/api/v1/orders/" + id + "/pack")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).post("/api/v1/orders/" + id + "/pack").then().statusCode(401);
    }

    @Test
    void anOrderGoesFromPendingToDeliveredAndBackWithItsStockAndHistory() throws Exception {
        String sku = uniqueSku("LIFE");
        String variant = product(sku, 10, "500.00");
        long customer = newCustomer();
        String id = placedOrder(customer, "prepaid", sku, 3);

        Shop.admin(id, "confirm", null);
        assertThat(stock(variant)).containsExactly(7, 0);
        Shop.admin(id, "pack", null);
        given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON).body("{\"reason\":\"too late\"}")
                .post("/api/v1/orders/" + id + "/return").then().statusCode(409)
                .body("type", equalTo("urn:converge:problem:illegal-transition"));
        Shop.admin(id, "ship", "{\"carrier\":\"Delhivery\",\"trackingNumber\":\"DL1\"}");
        given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON).body("{\"reason\":\"changed my mind\"}")
                .post("/api/v1/orders/" + id + "/cancel").then().statusCode(409);
        Shop.admin(id, "deliver", null);
        given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON).body("{\"reason\":\"does not fit\"}")
                .post("/api/v1/orders/" + id + "/return").then().statusCode(200)
                .body("status", equalTo("returned"))
                .body("refunded", equalTo(1500.0f));

        assertThat(stock(variant)).containsExactly(10, 0);
        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/orders/" + id).then().statusCode(200)
                .body("history.to", equalTo(List.of("pending", "confirmed", "packed", "shipped", "delivered", "returned")))
                .body("history[1].by", equalTo("admin:ad-1"))
                .body("history[5].reason", equalTo("does not fit"));
        assertThat(count("SELECT COUNT(*) FROM refund WHERE order_id = ? AND amount = 1500.00", id)).isEqualTo(1);
        for (String type : List.of("OrderConfirmed", "OrderShipped", "OrderDelivered", "OrderReturned")) {
            assertThat(KafkaProbe.await("order-events", r -> id.equals(r.key())
                    && ("converge.order." + type).equals(KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(20))).hasSize(1);
        }
    }

    @Test
    void cancellingAPendingOrderReleasesItsStockAndAConfirmedOneRestocks() throws Exception {
        String sku = uniqueSku("CXL");
        String variant = product(sku, 10, "100.00");
        long customer = newCustomer();
        String pending = placedOrder(customer, "prepaid", sku, 2);
        String confirmed = placedOrder(customer, "prepaid", sku, 3);
        Shop.admin(confirmed, "confirm", null);
        assertThat(stock(variant)).containsExactly(7, 2);

        given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON).body("{\"reason\":\"found it cheaper\"}")
                .post("/api/v1/orders/" + pending + "/cancel").then().statusCode(200)
                .body("status", equalTo("cancelled")).body("cancelReason", equalTo("found it cheaper"));
        given().auth().oauth2(Tokens.support("s-1")).contentType(ContentType.JSON).body("{\"reason\":\"customer called\"}")
                .post("/api/v1/orders/" + confirmed + "/cancel").then().statusCode(200);

        assertThat(stock(variant)).containsExactly(10, 0);
        given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON).body("{\"reason\":\"again\"}")
                .post("/api/v1/orders/" + pending + "/cancel").then().statusCode(409);
        given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/orders/" + pending + "/cancel").then().statusCode(400).body("errors.field", hasItem("reason"));
    }
}
