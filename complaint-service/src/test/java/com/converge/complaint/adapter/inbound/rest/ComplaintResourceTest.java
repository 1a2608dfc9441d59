package com.converge.complaint.adapter.inbound.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.converge.kernel.testing.KafkaProbe;
import com.converge.kernel.testing.TestDatabase;
import com.converge.kernel.testing.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ComplaintResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String complaint(String priority) {
        return """
                {"type":"delay","priority":"%s","subject":"Plumber did not arrive","description":"Slot 10-12, nobody came"}
                """.formatted(priority);
    }

    @Test
    void aCustomerRaisesAComplaintThatIsStoredDueAndPublished() throws Exception {
        String location = given().auth().oauth2(Tokens.customer(42)).contentType(ContentType.JSON)
                .body(complaint("high"))
                .when().post("/api/v1/complaints")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/complaints/"))
                .body("customerId", equalTo(42))
                .body("status", equalTo("open"))
                .body("priority", equalTo("high"))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        String created = given().auth().oauth2(Tokens.customer(42))
                .when().get(location)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("responseDueAt", notNullValue())
                .extract().path("createdAt");
        String responseDue = given().auth().oauth2(Tokens.support("s-1")).get(location).then().statusCode(200)
                .extract().path("responseDueAt");
        assertThat(Duration.between(Instant.parse(created), Instant.parse(responseDue))).isEqualTo(Duration.ofHours(4));

        try (Connection db = TestDatabase.connect("complaint_test");
             PreparedStatement query = db.prepareStatement("SELECT status, priority, customer_id FROM complaint WHERE id = ?")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("status")).isEqualTo("OPEN");
                assertThat(row.getLong("customer_id")).isEqualTo(42);
            }
        }

        List<ConsumerRecord<String, String>> records = KafkaProbe.await("complaint-events", r -> id.equals(r.key()), Duration.ofSeconds(20));
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.get(0);
        assertThat(KafkaProbe.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo("converge.complaint.ComplaintCreated");
        assertThat(KafkaProbe.header(record, "ce_source")).isEqualTo("/converge/complaint-service");
        assertThat(KafkaProbe.header(record, "ce_subject")).isEqualTo(id);
        assertThat(KafkaProbe.header(record, "ce_id")).isNotBlank();
        assertThat(KafkaProbe.header(record, "ce_time")).isNotBlank();
        assertThat(KafkaProbe.header(record, "ce_dataschema")).isEqualTo("urn:converge:schema:complaint-events:ComplaintCreated:1");
        assertThat(KafkaProbe.header(record, "content-type")).isEqualTo("application/json");
        JsonNode data = JSON.readTree(record.value());
        assertThat(data.get("complaintId").asText()).isEqualTo(id);
        assertThat(data.get("customerId").asLong()).isEqualTo(42);
        assertThat(data.get("priority").asText()).isEqualTo("high");
        assertThat(data.get("responseDueAt").asText()).isEqualTo(responseDue);

        try (Connection db = TestDatabase.connect("complaint_test");
             PreparedStatement query = db.prepareStatement("SELECT published_at FROM outbox_event WHERE aggregate_id = ?")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
            }
        }
    }

    @Test
    void supportRaisesAComplaintForANamedCustomer() {
        given().auth().oauth2(Tokens.support("s-1")).contentType(ContentType.JSON)
                .body("""
                        {"customerId":7,"type":"billing","priority":"low","subject":"Charged twice","description":"Two debits"}
                        """)
                .when().post("/api/v1/complaints")
                .then().statusCode(201).body("customerId", equalTo(7)).body("type", equalTo("billing"));
    }

    @Test
    void supportMustNameTheCustomer() {
        given().auth().oauth2(Tokens.support("s-1")).contentType(ContentType.JSON)
                .body(complaint("low"))
                .when().post("/api/v1/complaints")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:converge:problem:validation"))
                .body("errors.field", hasItem("customerId"));
    }

    @Test
    void aCustomerCannotRaiseAComplaintForSomeoneElse() {
        given().auth().oauth2(Tokens.customer(42)).contentType(ContentType.JSON)
                .body("""
                        {"customerId":43,"type":"delay","priority":"low","subject":"x","description":"y"}
                        """)
                .when().post("/api/v1/complaints")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aCustomerDoesNotLearnThatAnotherCustomersComplaintExists() {
        String location = given().auth().oauth2(Tokens.customer(42)).contentType(ContentType.JSON)
                .body(complaint("low")).post("/api/v1/complaints").then().statusCode(201).extract().header("Location");

        given().auth().oauth2(Tokens.customer(99)).get(location)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:converge:problem:not-found"));
    }

    @Test
    void missingAndInvalidFieldsAreNamedAndNothingIsStored() throws Exception {
        long before = complaintCount();
        given().auth().oauth2(Tokens.customer(42)).contentType(ContentType.JSON)
                .body("""
                        {"type":"delay","priority":"high","subject":"  ","description":"d"}
                        """)
                .when().post("/api/v1/complaints")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("subject"));

        given().auth().oauth2(Tokens.customer(42)).contentType(ContentType.JSON)
                .body("""
                        {"type":"rude","priority":"high","subject":"s","description":"d"}
                        """)
                .when().post("/api/v1/complaints")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("type"))
                .body("detail", containsString("service_quality"));

        given().auth().oauth2(Tokens.customer(42)).contentType(ContentType.JSON)
                .body("""
                        {"type":"delay","priority":"high","subject":"s","description":"d","bookingId":"b-1"}
                        """)
                .when().post("/api/v1/complaints")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("bookingId"));
        assertThat(complaintCount()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsABadRequestNotAServerError() {
        given().auth().oauth2(Tokens.customer(42)).contentType(ContentType.JSON)
                .body("{\"type\": \"delay\", ")
                .when().post("/api/v1/complaints")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:converge:problem:malformed-request"));

        given().auth().oauth2(Tokens.customer(42)).contentType(ContentType.JSON)
                .body("{\"customerId\": \"forty-two\", \"type\": \"delay\"}")
                .when().post("/api/v1/complaints")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("customerId"));
    }

    @Test
    void anUnknownComplaintIsNotFoundAndAMalformedIdIsABadRequest() {
        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/complaints/0190d5a0-0000-7000-8000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/complaints/not-a-uuid")
                .then().statusCode(400).body("errors[0].field", equalTo("complaintId"));
    }

    @Test
    void everyApiCallNeedsAValidBearerToken() {
        given().contentType(ContentType.JSON).body(complaint("low"))
                .when().post("/api/v1/complaints")
                .then().statusCode(401);
        given().auth().oauth2(Tokens.forgedAdmin())
                .when().get("/api/v1/complaints/0190d5a0-0000-7000-8000-000000000000")
                .then().statusCode(401);
        given().auth().oauth2(Tokens.agent("a-1")).contentType(ContentType.JSON).body(complaint("low"))
                .when().post("/api/v1/complaints")
                .then().statusCode(403).contentType("application/problem+json");
    }

    private static long complaintCount() throws Exception {
        try (Connection db = TestDatabase.connect("complaint_test");
             ResultSet rows = db.createStatement().executeQuery("SELECT COUNT(*) FROM complaint")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
