package com.converge.booking.adapter.inbound.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.converge.booking.Fixtures;
import com.converge.kernel.testing.KafkaProbe;
import com.converge.kernel.testing.MovableTimeSource;
import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CancellationTest {

    @Inject
    MovableTimeSource clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void aCustomerCancelsAPendingBookingForFreeAndBookingCancelledIsPublished() throws Exception {
        long customer = Fixtures.registeredCustomer();
        long address = Fixtures.addressOf(customer, "KA", Fixtures.freshPincode());
        String id = Fixtures.booking(customer, address, Fixtures.standardRateCard(17), Fixtures.futureDay(), "10:00");

        given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON).body("{\"reason\":\"Plans changed\"}")
                .post("/api/v1/bookings/" + id + "/cancel").then().statusCode(200)
                .body("status", equalTo("cancelled"))
                .body("cancellationFee", equalTo(0.0f));

        assertThat(KafkaProbe.await("booking-events",
                r -> id.equals(r.key()) && "converge.booking.BookingCancelled".equals(KafkaProbe.header(r, "ce_type")),
                Duration.ofSeconds(20))).singleElement()
                .satisfies(r -> assertThat(r.value()).contains("\"reason\":\"Plans changed\"").contains("\"feeAmount\":0.00")
                        .contains("\"cancelledBy\":\"" + customer + "\""));
    }

    @Test
    void cancellingInsideTheWindowChargesTheFeeAndFreesTheProvidersSlot() throws Exception {
        String pincode = Fixtures.freshPincode();
        LocalDate day = Fixtures.futureDay();
        Fixtures.provider(pincode, "4.50", List.of(17), day, "10:00");
        long customer = Fixtures.registeredCustomer();
        String id = Fixtures.booking(customer, Fixtures.addressOf(customer, "KA", pincode), Fixtures.standardRateCard(17), day, "10:00");
        given().auth().oauth2(Tokens.admin("ad-1")).post("/api/v1/bookings/" + id + "/confirm").then().statusCode(200);

        Instant slotStart = day.atTime(10, 0).atZone(ZoneId.of("Asia/Kolkata")).toInstant();
        clock.advance(Duration.between(Instant.now(), slotStart).minusHours(2));
        given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON).body("{\"reason\":\"Not home\"}")
                .post("/api/v1/bookings/" + id + "/cancel").then().statusCode(200)
                .body("cancellationFee", equalTo(100.0f));
        assertThat(Fixtures.count("SELECT COUNT(*) FROM provider_assignment WHERE booking_id = ?", id)).isZero();

        clock.reset();
        long other = Fixtures.registeredCustomer();
        String next = Fixtures.booking(other, Fixtures.addressOf(other, "KA", pincode), Fixtures.standardRateCard(17), day, "10:00");
        given().auth().oauth2(Tokens.admin("ad-1")).post("/api/v1/bookings/" + next + "/confirm").then().statusCode(200);
    }

    @Test
    void startedBookingsCannotBeCancelledAndOthersBookingsAreNotFound() throws Exception {
        String pincode = Fixtures.freshPincode();
        LocalDate day = Fixtures.futureDay();
        Fixtures.provider(pincode, "4.50", List.of(17), day, "12:00");
        long customer = Fixtures.registeredCustomer();
        String id = Fixtures.booking(customer, Fixtures.addressOf(customer, "KA", pincode), Fixtures.standardRateCard(17), day, "12:00");

        given().auth().oauth2(Tokens.customer(customer + 1)).contentType(ContentType.JSON).body("{\"reason\":\"x\"}")
                .post("/api/v1/bookings/" + id + "/cancel").then().statusCode(404);
        given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/bookings/" + id + "/cancel").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(Tokens.admin("ad-1")).post("/api/v1/bookings/" + id + "/confirm").then().statusCode(200);
        given().auth().oauth2(Tokens.admin("ad-1")).post("/api/v1/bookings/" + id + "/start").then().statusCode(200);
        given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON).body("{\"reason\":\"x\"}")
                .post("/api/v1/bookings/" + id + "/cancel").then().statusCode(409);
        given().auth().oauth2(Tokens.admin("ad-1")).get("/api/v1/bookings/" + id).then().body("status", equalTo("in_progress"));
    }
}
