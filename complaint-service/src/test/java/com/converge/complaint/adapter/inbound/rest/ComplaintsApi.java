package com.converge.complaint.adapter.inbound.rest;

import static io.restassured.RestAssured.given;

import com.converge.kernel.testing.KafkaProbe;
import com.converge.kernel.testing.TestDatabase;
import com.converge.kernel.testing.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** What the integration tests do again and again: raise a complaint, send support's commands, read events and rows. */
final class ComplaintsApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong CUSTOMERS = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 100);

    private ComplaintsApi() {
    }

    static long newCustomer() {
        return CUSTOMERS.incrementAndGet();
    }

    static String raise(long customer, String priority) {
        return raiseWith(customer, """
                {"type":"delay","priority":"%s","subject":"Plumber did not arrive","description":"Slot 10-12, nobody came"}
                """.formatted(priority));
    }

    static String raiseWith(long customer, String body) {
        return given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/complaints").then().statusCode(201).extract().path("id");
    }

    static ValidatableResponse post(String token, String id, String action, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/complaints/" + id + "/" + action).then();
    }

    static ValidatableResponse get(String token, String path) {
        return given().auth().oauth2(token).get(path).then();
    }

    static ValidatableResponse support(String id, String action, String body) {
        return post(Tokens.support("s-1"), id, action, body);
    }

    static List<JsonNode> events(String complaintId, String type) {
        List<ConsumerRecord<String, String>> records = KafkaProbe.await("complaint-events",
                r -> complaintId.equals(r.key()) && ("converge.complaint." + type).equals(KafkaProbe.header(r, "ce_type")),
                Duration.ofSeconds(20));
        return records.stream().map(r -> {
            try {
                return JSON.readTree(r.value());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static long count(String sql, Object... parameters) throws Exception {
        try (Connection db = TestDatabase.connect("complaint_test"); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    static String text(String sql, Object... parameters) throws Exception {
        try (Connection db = TestDatabase.connect("complaint_test"); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
