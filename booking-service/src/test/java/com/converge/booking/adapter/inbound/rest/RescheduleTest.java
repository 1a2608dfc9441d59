package com.converge.booking.adapter.inbound.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.converge.booking.Fixtures;
import com.converge.kernel.testing.KafkaProbe;
import com.converge.kernel.testing.MovableTimeSource;
import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RescheduleTest {

    private static final String[] SLOTS = {"08:00", "10:00", "12:00", "14:00", "16:00", "18:00"};

    @Inject
    MovableTimeSource clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private static ExtractableResponse<Response> reschedule(String token, String id, LocalDate date, String slot) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"date\":\"%s\",\"slot\":\"%s\"}".formatted(date, slot))
                .post("/api/v1/bookings/" + id + "/reschedule").then().extract();
    }

    private static void confirm(String id) {
        given().auth().oauth2(Tokens.admin("ad-1")).post("/api/v1/bookings/" + id + "/confirm").then().statusCode(200);
    }

    @Test
    void aCustomerMovesAConfirmedBookingTheProviderKeepsItAndBookingRescheduledIsPublished() throws Exception {
        String pincode = Fixtures.freshPincode();
        LocalDate day = Fixtures.futureDay();
        String provider = Fixtures.provider(pincode, "4.50", List.of(17), day, "10:00", "16:00");
        long customer = Fixtures.registeredCustomer();
        String id = Fixtures.booking(customer, Fixtures.addressOf(customer, "KA", pincode), Fixtures.standardRateCard(17), day, "10:00");
        confirm(id);

        reschedule(Tokens.customer(customer), id, day, "16:00").response().then().statusCode(200)
                .body("status", equalTo("confirmed"))
                .body("providerId", equalTo(provider))
                .body("items[0].date", equalTo(day.toString()))
                .body("items[0].slot", equalTo("16:00"))
                .body("reschedules", hasSize(1))
                .body("reschedules[0].fromSlot", equalTo("10:00"))
                .body("reschedules[0].toSlot", equalTo("16:00"))
                .body("reschedules[0].rescheduledBy", equalTo(Long.toString(customer)))
                .body("reschedules[0].fee", equalTo(0.0f));

        assertThat(Fixtures.count("SELECT COUNT(*) FROM provider_assignment WHERE booking_id = ? AND provider_id = ? AND slot_start = '16:00'",
                id, provider)).isEqualTo(1);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM provider_assignment WHERE booking_id = ?", id)).isEqualTo(1);
        Instant from = day.atTime(10, 0).atZone(ZoneId.of("Asia/Kolkata")).toInstant();
        Instant to = day.atTime(16, 0).atZone(ZoneId.of("Asia/Kolkata")).toInstant();
        assertThat(KafkaProbe.await("booking-events",
                r -> id.equals(r.key()) && "converge.booking.BookingRescheduled".equals(KafkaProbe.header(r, "ce_type")),
                Duration.ofSeconds(20))).singleElement()
                .satisfies(r -> assertThat(r.value()).contains("\"fromSlotStart\":\"" + from + "\"")
                        .contains("\"toSlotStart\":\"" + to + "\"").contains("\"rescheduleCount\":1")
                        .contains("\"feeAmount\":0.00").contains("\"rescheduledBy\":\"" + customer + "\""));
    }

    @Test
    void whenTheProviderIsNotOpenInTheNewSlotAnotherOneTakesTheBooking() throws Exception {
        String pincode = Fixtures.freshPincode();
        LocalDate day = Fixtures.futureDay();
        String first = Fixtures.provider(pincode, "4.90", List.of(17), day, "10:00");
        String other = Fixtures.provider(pincode, "4.10", List.of(17), day.plusDays(1), "12:00");
        long customer = Fixtures.registeredCustomer();
        String id = Fixtures.booking(customer, Fixtures.addressOf(customer, "KA", pincode), Fixtures.standardRateCard(17), day, "10:00");
        confirm(id);

        reschedule(Tokens.admin("ad-1"), id, day.plusDays(1), "12:00").response().then().statusCode(200)
                .body("providerId", equalTo(other))
                .body("reschedules[0].rescheduledBy", equalTo("ad-1"));

        assertThat(Fixtures.count("SELECT COUNT(*) FROM provider_assignment WHERE provider_id = ?", first)).isZero();
        assertThat(Fixtures.count("SELECT COUNT(*) FROM provider_assignment WHERE provider_id = ? AND booking_id = ?", other, id)).isEqualTo(1);
        assertThat(KafkaProbe.await("booking-events",
                r -> id.equals(r.key()) && "converge.booking.BookingConfirmed".equals(KafkaProbe.header(r, "ce_type"))
                        && r.value().contains(other), Duration.ofSeconds(20))).hasSize(1);
    }

    @Test
    void whenNobodyCanTakeTheNewSlotItIsA409AndNothingChanges() throws Exception {
        String pincode = Fixtures.freshPincode();
        LocalDate day = Fixtures.futureDay();
        String provider = Fixtures.provider(pincode, "4.50", List.of(17), day, "10:00");
        long customer = Fixtures.registeredCustomer();
        String id = Fixtures.booking(customer, Fixtures.addressOf(customer, "KA", pincode), Fixtures.standardRateCard(17), day, "10:00");
        confirm(id);

        reschedule(Tokens.customer(customer), id, day, "18:00").response().then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:converge:problem:no-provider-available"));

        given().auth().oauth2(Tokens.customer(customer)).get("/api/v1/bookings/" + id).then()
                .body("items[0].slot", equalTo("10:00")).body("providerId", equalTo(provider)).body("reschedules", hasSize(0));
        assertThat(Fixtures.count("SELECT COUNT(*) FROM provider_assignment WHERE booking_id = ? AND slot_start = '10:00'", id)).isEqualTo(1);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM booking_reschedule WHERE booking_id = ?", id)).isZero();
    }

    @Test
    void aBookingMovesAtMostTwiceThenItIsA409() throws Exception {
        long customer = Fixtures.registeredCustomer();
        LocalDate day = Fixtures.futureDay();
        String id = Fixtures.booking(customer, Fixtures.addressOf(customer, "KA", Fixtures.freshPincode()), Fixtures.standardRateCard(17),
                day, "10:00");

        assertThat(reschedule(Tokens.customer(customer), id, day, "12:00").statusCode()).isEqualTo(200);
        assertThat(reschedule(Tokens.customer(customer), id, day.plusDays(1), "08:00").statusCode()).isEqualTo(200);
        reschedule(Tokens.customer(customer), id, day.plusDays(2), "08:00").response().then().statusCode(409)
                .body("type", equalTo("urn:converge:problem:reschedule-limit-reached"));

        given().auth().oauth2(Tokens.support("su-1")).get("/api/v1/bookings/" + id).then()
                .body("items[0].date", equalTo(day.plusDays(1).toString()))
                .body("reschedules", hasSize(2))
                .body("reschedules[1].number", equalTo(2));
    }

    @Test
    void reschedulingInsideTheWindowCostsTheFeeAndACancellationAfterwardsStillCostsTheCancellationFee() throws Exception {
        String pincode = Fixtures.freshPincode();
        LocalDate day = Fixtures.futureDay();
        Fixtures.provider(pincode, "4.50", List.of(17), day, "10:00");
        Fixtures.provider(pincode, "4.40", List.of(17), day.plusDays(3), "10:00");
        long customer = Fixtures.registeredCustomer();
        String id = Fixtures.booking(customer, Fixtures.addressOf(customer, "KA", pincode), Fixtures.standardRateCard(17), day, "10:00");
        confirm(id);

        Instant slotStart = day.atTime(10, 0).atZone(ZoneId.of("Asia/Kolkata")).toInstant();
        clock.advance(Duration.between(Instant.now(), slotStart).minusHours(2));
        reschedule(Tokens.customer(customer), id, day.plusDays(3), "10:00").response().then().statusCode(200)
                .body("reschedules[0].fee", equalTo(50.0f));

        given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON).body("{\"reason\":\"Changed my mind\"}")
                .post("/api/v1/bookings/" + id + "/cancel").then().statusCode(200)
                .body("cancellationFee", equalTo(100.0f));
    }

    @Test
    void rolesOthersBookingsBadInputAndFinishedBookingsAreRefused() throws Exception {
        String pincode = Fixtures.freshPincode();
        LocalDate day = Fixtures.futureDay();
        Fixtures.provider(pincode, "4.50", List.of(17), day, "10:00");
        long customer = Fixtures.registeredCustomer();
        String id = Fixtures.booking(customer, Fixtures.addressOf(customer, "KA", pincode), Fixtures.standardRateCard(17), day, "10:00");

        assertThat(reschedule(Tokens.support("su-1"), id, day, "12:00").statusCode()).isEqualTo(403);
        assertThat(reschedule(Tokens.customer(customer + 1), id, day, "12:00").statusCode()).isEqualTo(404);
        reschedule(Tokens.customer(customer), id, day, "11:00").response().then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("slot"));
        given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON).body("{\"date\":\"tomorrow\",\"slot\":\"10:00\"}")
                .post("/api/v1/bookings/" + id + "/reschedule").then().statusCode(400).body("errors[0].field", equalTo("date"));
        reschedule(Tokens.customer(customer), id, LocalDate.now(ZoneId.of("Asia/Kolkata")).minusDays(1), "10:00").response().then()
                .statusCode(422).body("errors[0].field", equalTo("date"));
        reschedule(Tokens.customer(customer), id, day, "10:00").response().then().statusCode(422).body("errors[0].field", equalTo("slot"));
        assertThat(Fixtures.count("SELECT COUNT(*) FROM booking_reschedule WHERE booking_id = ?", id)).isZero();

        confirm(id);
        given().auth().oauth2(Tokens.admin("ad-1")).post("/api/v1/bookings/" + id + "/start").then().statusCode(200);
        reschedule(Tokens.customer(customer), id, day, "12:00").response().then().statusCode(409)
                .body("type", equalTo("urn:converge:problem:illegal-transition"));
    }

    @Test
    void parallelReschedulesIntoOneProviderSlotNeverDoubleBookIt() throws Exception {
        String pincode = Fixtures.freshPincode();
        LocalDate day = Fixtures.futureDay();
        String provider = Fixtures.provider(pincode, "4.50", List.of(17), day, SLOTS);
        long card = Fixtures.standardRateCard(17);
        List<String> bookings = new ArrayList<>();
        List<Long> customers = new ArrayList<>();
        for (String slot : List.of("08:00", "10:00", "12:00", "16:00", "18:00")) {
            long customer = Fixtures.registeredCustomer();
            String id = Fixtures.booking(customer, Fixtures.addressOf(customer, "KA", pincode), card, day, slot);
            confirm(id);
            bookings.add(id);
            customers.add(customer);
        }

        List<Integer> statuses = Fixtures.inParallel(bookings, id ->
                reschedule(Tokens.customer(customers.get(bookings.indexOf(id))), id, day, "14:00").statusCode());

        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses.stream().filter(status -> status == 200).count()).isEqualTo(1);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM provider_assignment WHERE provider_id = ? AND slot_start = '14:00'", provider))
                .isEqualTo(1);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM provider_assignment WHERE provider_id = ?", provider)).isEqualTo(5);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM booking_reschedule r JOIN booking b ON b.id = r.booking_id WHERE b.pincode = ?",
                pincode)).isEqualTo(1);
    }
}
