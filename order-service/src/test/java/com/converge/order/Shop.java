package com.converge.order;

import static io.restassured.RestAssured.given;

import com.converge.kernel.testing.KafkaProbe;
import com.converge.kernel.testing.TestDatabase;
import com.converge.kernel.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** What the integration tests do through the API, and how they look at the database. */
public final class Shop {

    private static final AtomicLong CUSTOMERS = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 100);
    private static final AtomicLong NAMES = new AtomicLong();
    private static volatile Long category;

    private Shop() {
    }

    public static long newCustomer() {
        return CUSTOMERS.incrementAndGet();
    }

    public static String uniqueSku(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    public static synchronized long category() {
        if (category == null) {
            category = ((Number) given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON)
                    .body(Map.of("name", "Phones " + System.nanoTime()))
                    .post("/api/v1/categories").then().statusCode(201).extract().path("id")).longValue();
        }
        return category;
    }

    /** A product with one variant of {@code sku}, {@code onHand} in stock at {@code price}; returns the variant id. */
    public static String product(String sku, int onHand, String price, int lowStockThreshold) {
        String body = """
                {"name":"Phone %d","description":"A phone","categoryId":%d,
                 "variants":[{"sku":"%s","price":%s,"attributes":{"colour":"black"},"onHand":%d,"lowStockThreshold":%d}]}
                """.formatted(NAMES.incrementAndGet(), category(), sku, price, onHand, lowStockThreshold);
        return given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/products").then().statusCode(201).extract().path("variants[0].id");
    }

    public static String product(String sku, int onHand, String price) {
        return product(sku, onHand, price, 0);
    }

    public static Response order(long customer, String paymentMethod, String itemsJson) {
        return given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON)
                .body("{\"paymentMethod\":\"" + paymentMethod + "\",\"items\":" + itemsJson + "}")
                .post("/api/v1/orders");
    }

    public static String placedOrder(long customer, String paymentMethod, String sku, int quantity) {
        return order(customer, paymentMethod, "[{\"sku\":\"" + sku + "\",\"quantity\":" + quantity + "}]")
                .then().statusCode(201).extract().path("id");
    }

    public static void admin(String orderId, String move, String body) {
        var request = given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON);
        if (body != null) {
            request.body(body);
        }
        request.post("/api/v1/orders/" + orderId + "/" + move).then().statusCode(200);
    }

    /** on_hand, reserved of a variant's stock row. */
    public static int[] stock(String variantId) throws Exception {
        try (Connection db = TestDatabase.connect("orders_test");
             PreparedStatement query = db.prepareStatement("SELECT on_hand, reserved FROM stock WHERE variant_id = ?")) {
            query.setString(1, variantId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new int[]{row.getInt(1), row.getInt(2)};
            }
        }
    }

    public static long count(String sql, Object... parameters) throws Exception {
        try (Connection db = TestDatabase.connect("orders_test"); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    public static String text(String sql, Object... parameters) throws Exception {
        try (Connection db = TestDatabase.connect("orders_test"); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    public static int execute(String sql, Object... parameters) throws Exception {
        try (Connection db = TestDatabase.connect("orders_test"); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    /** Sends a CloudEvent the way any producer would (binary mode). */
    public static void publish(String topic, String context, String type, String eventId, String subject, String data) {
        KafkaProbe.send(topic, subject, data, Map.of(
                "ce_specversion", "1.0",
                "ce_id", eventId,
                "ce_type", "converge." + context + "." + type,
                "ce_source", "/converge/" + context + "-service",
                "ce_subject", subject,
                "ce_time", Instant.now().toString(),
                "ce_dataschema", "urn:converge:schema:" + topic + ":" + type + ":1",
                "content-type", "application/json"));
    }
}
