package com.converge.booking;

import static io.restassured.RestAssured.given;

import com.converge.kernel.testing.TestDatabase;
import com.converge.kernel.testing.Tokens;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.atomic.AtomicLong;

/** What several tests need set up through the API: registered customers with an address. */
public final class Fixtures {

    private static final AtomicLong NEXT = new AtomicLong(System.currentTimeMillis() % 100_000 * 1000 + 1_000_000);

    private Fixtures() {
    }

    public static long newCustomerId() {
        return NEXT.incrementAndGet();
    }

    /** A unique, valid Indian mobile number for a customer id. */
    public static String phoneFor(long customerId) {
        return "+919" + String.format("%09d", customerId % 1_000_000_000L);
    }

    /** Registers a customer themselves and returns their id. */
    public static long registeredCustomer() {
        long id = newCustomerId();
        given().auth().oauth2(Tokens.customer(id)).contentType(ContentType.JSON)
                .body("""
                        {"name":"Asha Rao","phone":"%s","email":"asha.%d@example.in"}
                        """.formatted(phoneFor(id), id))
                .post("/api/v1/customers").then().statusCode(201);
        return id;
    }

    /** Adds an address and returns its id. */
    public static long addressOf(long customerId, String stateCode, String pincode) {
        return ((Number) given().auth().oauth2(Tokens.customer(customerId)).contentType(ContentType.JSON)
                .body("""
                        {"label":"Home","line1":"12, 4th Cross","city":"Bengaluru","stateCode":"%s","pincode":"%s","isDefault":true}
                        """.formatted(stateCode, pincode))
                .post("/api/v1/customers/" + customerId + "/addresses").then().statusCode(201)
                .extract().path("id")).longValue();
    }

    public static long count(String sql, Object... parameters) throws Exception {
        try (Connection db = TestDatabase.connect("booking_test"); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
