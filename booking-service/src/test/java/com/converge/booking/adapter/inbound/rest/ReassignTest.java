package com.converge.booking.adapter.inbound.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.converge.booking.Fixtures;
import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReassignTest {

    @Test
    void anAdminHandsAConfirmedBookingToTheNextBestProviderAndTheOldSlotIsFreed() throws Exception {
        String pincode = Fixtures.freshPincode();
        LocalDate day = Fixtures.futureDay();
        String star = Fixtures.provider(pincode, "4.90", List.of(17), day, "10:00");
        String second = Fixtures.provider(pincode, "4.10", List.of(17), day, "10:00");
        String closed = Fixtures.provider(pincode, "5.00", List.of(17), day, "16:00");
        long customer = Fixtures.registeredCustomer();
        String id = Fixtures.booking(customer, Fixtures.addressOf(customer, "KA", pincode), Fixtures.standardRateCard(17), day, "10:00");

        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/bookings/" + id + "/reassign").then().statusCode(409);
        given().auth().oauth2(Tokens.admin("ad-1")).post("/api/v1/bookings/" + id + "/confirm").then().statusCode(200)
                .body("providerId", equalTo(star));
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON).body("{\"providerId\":\"%s\"}".formatted(closed))
                .post("/api/v1/bookings/" + id + "/reassign").then().statusCode(409)
                .body("type", equalTo("urn:converge:problem:no-provider-available"));
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/bookings/" + id + "/reassign").then().statusCode(200)
                .body("providerId", equalTo(second)).body("status", equalTo("confirmed"));

        assertThat(Fixtures.count("SELECT COUNT(*) FROM provider_assignment WHERE booking_id = ? AND provider_id = ?", id, second)).isEqualTo(1);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM provider_assignment WHERE provider_id = ?", star)).isZero();
        given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/bookings/" + id + "/reassign").then().statusCode(403);
    }
}
