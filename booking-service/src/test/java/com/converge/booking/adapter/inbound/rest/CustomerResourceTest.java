package com.converge.booking.adapter.inbound.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import com.converge.booking.Fixtures;
import com.converge.kernel.testing.KafkaProbe;
import com.converge.kernel.testing.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CustomerResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aCustomerRegistersThemselvesUnderTheirTokenSubjectAndCustomerRegisteredIsPublished() throws Exception {
        long id = Fixtures.newCustomerId();
        given().auth().oauth2(Tokens.customer(id)).contentType(ContentType.JSON)
                .body("""
                        {"name":"  Priya Sharma ","phone":"98765 43210","email":"Priya.%d@Example.in"}
                        """.formatted(id).replace("98765 43210", Fixtures.phoneFor(id).substring(3)))
                .post("/api/v1/customers")
                .then().statusCode(201)
                .body("id", equalTo((int) id))
                .body("name", equalTo("Priya Sharma"))
                .body("phone", equalTo(Fixtures.phoneFor(id)))
                .body("email", equalTo("priya." + id + "@example.in"))
                .body("referralCode", matchesPattern("CV[2-9A-Z]{8}"));

        given().auth().oauth2(Tokens.customer(id)).get("/api/v1/customers/" + id).then().statusCode(200)
                .body("name", equalTo("Priya Sharma"));

        List<ConsumerRecord<String, String>> records = KafkaProbe.await("booking-events",
                r -> Long.toString(id).equals(r.key()) && "converge.booking.CustomerRegistered".equals(KafkaProbe.header(r, "ce_type")),
                Duration.ofSeconds(20));
        assertThat(records).hasSize(1);
        JsonNode data = JSON.readTree(records.get(0).value());
        assertThat(data.get("customerId").asLong()).isEqualTo(id);
        assertThat(data.get("phone").asText()).isEqualTo(Fixtures.phoneFor(id));
        assertThat(data.get("referredBy").isNull()).isTrue();
    }

    @Test
    void anAdminRegistersACustomerWhoIsNumberedByTheServiceAndReferredByAnother() throws Exception {
        long referrer = Fixtures.registeredCustomer();
        String code = given().auth().oauth2(Tokens.customer(referrer)).get("/api/v1/customers/" + referrer)
                .then().statusCode(200).extract().path("referralCode");
        long phoneSeed = Fixtures.newCustomerId();

        Number id = given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON)
                .body("""
                        {"name":"Ravi Kumar","phone":"%s","email":"ravi@example.in","referralCode":"%s"}
                        """.formatted(Fixtures.phoneFor(phoneSeed), code))
                .post("/api/v1/customers")
                .then().statusCode(201)
                .body("referredBy", equalTo((int) referrer))
                .extract().path("id");
        assertThat(id.longValue()).isPositive();
        assertThat(Fixtures.count("SELECT COUNT(*) FROM customer WHERE id = ? AND referred_by = ?", id.longValue(), referrer)).isEqualTo(1);
    }

    @Test
    void registeringTwiceOrWithATakenPhoneIsAConflict() {
        long id = Fixtures.registeredCustomer();
        given().auth().oauth2(Tokens.customer(id)).contentType(ContentType.JSON)
                .body("""
                        {"name":"Asha Rao","phone":"%s","email":"a@example.in"}
                        """.formatted(Fixtures.phoneFor(Fixtures.newCustomerId())))
                .post("/api/v1/customers").then().statusCode(409).contentType("application/problem+json");
        long other = Fixtures.newCustomerId();
        given().auth().oauth2(Tokens.customer(other)).contentType(ContentType.JSON)
                .body("""
                        {"name":"Asha Rao","phone":"%s","email":"a@example.in"}
                        """.formatted(Fixtures.phoneFor(id)))
                .post("/api/v1/customers").then().statusCode(409);
    }

    @Test
    void badProfilesNameTheFieldAndStoreNothing() throws Exception {
        long before = Fixtures.count("SELECT COUNT(*) FROM customer");
        String[][] cases = {
                {"{\"name\":\"A\",\"phone\":\"+915876543210\",\"email\":\"a@example.in\"}", "phone"},
                {"{\"name\":\"A\",\"phone\":\"+91987654321\",\"email\":\"a@example.in\"}", "phone"},
                {"{\"name\":\"A\",\"phone\":\"+449876543210\",\"email\":\"a@example.in\"}", "phone"},
                {"{\"name\":\"A\",\"phone\":\"+919876543210\",\"email\":\"not-an-email\"}", "email"},
                {"{\"name\":\" \",\"phone\":\"+919876543210\",\"email\":\"a@example.in\"}", "name"},
                {"{\"name\":\"A\",\"phone\":\"+919876543210\",\"email\":\"a@example.in\",\"referralCode\":\"nope\"}", "referralCode"},
        };
        for (String[] bad : cases) {
            given().auth().oauth2(Tokens.customer(Fixtures.newCustomerId())).contentType(ContentType.JSON).body(bad[0])
                    .post("/api/v1/customers").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(bad[1]));
        }
        given().auth().oauth2(Tokens.customer(Fixtures.newCustomerId())).contentType(ContentType.JSON)
                .body("{\"name\":\"A\",\"phone\":\"%s\",\"email\":\"a@example.in\",\"referralCode\":\"CV22222222\"}"
                        .formatted(Fixtures.phoneFor(Fixtures.newCustomerId())))
                .post("/api/v1/customers").then().statusCode(422).body("errors[0].field", equalTo("referralCode"));
        assertThat(Fixtures.count("SELECT COUNT(*) FROM customer")).isEqualTo(before);
    }

    @Test
    void theFirstAddressIsTheDefaultAndALaterDefaultReplacesIt() {
        long id = Fixtures.registeredCustomer();
        given().auth().oauth2(Tokens.customer(id)).contentType(ContentType.JSON)
                .body("""
                        {"label":"Home","line1":"12, 4th Cross","city":"Bengaluru","stateCode":"ka","pincode":"560038"}
                        """)
                .post("/api/v1/customers/" + id + "/addresses").then().statusCode(201)
                .body("isDefault", equalTo(true)).body("stateCode", equalTo("KA"));
        given().auth().oauth2(Tokens.customer(id)).contentType(ContentType.JSON)
                .body("""
                        {"label":"Office","line1":"Bandra Kurla Complex","city":"Mumbai","stateCode":"MH","pincode":"400051"}
                        """)
                .post("/api/v1/customers/" + id + "/addresses").then().statusCode(201).body("isDefault", equalTo(false));
        given().auth().oauth2(Tokens.customer(id)).contentType(ContentType.JSON)
                .body("""
                        {"label":"Parents","line1":"MG Road","city":"Kochi","stateCode":"KL","pincode":"682001","isDefault":true}
                        """)
                .post("/api/v1/customers/" + id + "/addresses").then().statusCode(201).body("isDefault", equalTo(true));

        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/customers/" + id + "/addresses").then().statusCode(200)
                .body("size()", equalTo(3))
                .body("[0].label", equalTo("Parents"))
                .body("findAll { it.isDefault }.size()", equalTo(1));
    }

    @Test
    void badAddressesNameTheField() {
        long id = Fixtures.registeredCustomer();
        String[][] cases = {
                {"{\"line1\":\"x\",\"city\":\"Pune\",\"stateCode\":\"MH\",\"pincode\":\"41100\"}", "pincode"},
                {"{\"line1\":\"x\",\"city\":\"Pune\",\"stateCode\":\"XX\",\"pincode\":\"411001\"}", "stateCode"},
                {"{\"line1\":\"x\",\"city\":\" \",\"stateCode\":\"MH\",\"pincode\":\"411001\"}", "city"},
                {"{\"city\":\"Pune\",\"stateCode\":\"MH\",\"pincode\":\"411001\"}", "line1"},
        };
        for (String[] bad : cases) {
            given().auth().oauth2(Tokens.customer(id)).contentType(ContentType.JSON).body(bad[0])
                    .post("/api/v1/customers/" + id + "/addresses").then().statusCode(400)
                    .body("errors.field", hasItem(bad[1]));
        }
    }

    @Test
    void aCustomerSeesOnlyTheirOwnProfileAndAddresses() {
        long mine = Fixtures.registeredCustomer();
        long theirs = Fixtures.registeredCustomer();
        given().auth().oauth2(Tokens.customer(mine)).get("/api/v1/customers/" + theirs).then().statusCode(404);
        given().auth().oauth2(Tokens.customer(mine)).get("/api/v1/customers/" + theirs + "/addresses").then().statusCode(404);
        given().auth().oauth2(Tokens.customer(mine)).contentType(ContentType.JSON)
                .body("{\"line1\":\"x\",\"city\":\"Pune\",\"stateCode\":\"MH\",\"pincode\":\"411001\"}")
                .post("/api/v1/customers/" + theirs + "/addresses").then().statusCode(404);
        given().auth().oauth2(Tokens.agent("a-1")).contentType(ContentType.JSON)
                .body("{\"name\":\"A\",\"phone\":\"+919876543210\",\"email\":\"a@example.in\"}")
                .post("/api/v1/customers").then().statusCode(403);
        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/customers/not-a-number").then().statusCode(400)
                .body("errors[0].field", equalTo("customerId"));
    }
}
