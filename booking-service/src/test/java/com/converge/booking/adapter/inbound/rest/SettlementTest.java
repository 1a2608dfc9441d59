package com.converge.booking.adapter.inbound.rest;

import static com.converge.booking.PaymentFixtures.atOnce;
import static com.converge.booking.PaymentFixtures.refund;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.converge.booking.Fixtures;
import com.converge.booking.PaymentFixtures;
import com.converge.booking.PaymentFixtures.PaidBooking;
import com.converge.kernel.testing.KafkaProbe;
import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SettlementTest {

    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Kolkata")).toString();

    private static ValidatableResponse generate(String provider) {
        return given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON)
                .body("{\"providerId\":\"%s\",\"periodStart\":\"%s\",\"periodEnd\":\"%s\"}".formatted(provider, TODAY, TODAY))
                .post("/api/v1/settlements").then();
    }

    @Test
    void adminSettlesAProvidersCompletedBookingsNetOfRefundsAndCommissionOnceAndMarksItPaid() throws Exception {
        PaidBooking booking = PaymentFixtures.booking();
        PaymentFixtures.paidAndCompleted(booking);
        // 118.00 back: 100.00 of taxable value and 18.00 of GST reversed on the credit note
        refund(booking.id(), "{\"amount\":118.00,\"reason\":\"one tap left dripping\"}").statusCode(201);

        // tap repair (plumbing, 15%): gross 499.00, refunds 100.00, commission 15% of 399.00 = 59.85,
        // GST 18% of it 10.77, net 499.00 - 100.00 - 59.85 - 10.77 = 328.38
        String id = generate(booking.provider()).statusCode(201)
                .body("status", equalTo("generated"))
                .body("bookingCount", equalTo(1))
                .body("bookings[0].bookingId", equalTo(booking.id()))
                .body("grossAmount", equalTo(499.0f))
                .body("refundAdjustments", equalTo(100.0f))
                .body("commissionAmount", equalTo(59.85f))
                .body("commissionGst", equalTo(10.77f))
                .body("netPayableAmount", equalTo(328.38f))
                .extract().path("id");
        generate(booking.provider()).statusCode(422).body("errors.field", hasItem("periodEnd"));

        given().auth().oauth2(Tokens.admin("ad-1")).get("/api/v1/settlements/" + id).then().statusCode(200)
                .body("netPayableAmount", equalTo(328.38f));
        given().auth().oauth2(Tokens.admin("ad-1")).post("/api/v1/settlements/" + id + "/pay").then().statusCode(200)
                .body("status", equalTo("paid"));
        given().auth().oauth2(Tokens.admin("ad-1")).post("/api/v1/settlements/" + id + "/pay").then().statusCode(409);
        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/settlements/" + id).then().statusCode(403);

        assertThat(KafkaProbe.await("booking-events", r -> booking.provider().equals(r.key())
                && "converge.booking.ProviderSettled".equals(KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(20)))
                .singleElement().satisfies(r -> assertThat(r.value()).contains("\"settlementId\":\"" + id + "\"")
                        .contains("\"bookingCount\":1").contains("\"netPayableAmount\":328.38"));
    }

    @Test
    void parallelGenerationsSettleEachBookingOnce() throws Exception {
        String pincode = Fixtures.freshPincode();
        LocalDate day = Fixtures.futureDay();
        String provider = Fixtures.provider(pincode, "4.50", List.of(17), day, "10:00", "12:00");
        for (String slot : new String[]{"10:00", "12:00"}) {
            long customer = Fixtures.registeredCustomer();
            String id = Fixtures.booking(customer, Fixtures.addressOf(customer, "KA", pincode), Fixtures.standardRateCard(17), day, slot);
            for (String move : new String[]{"confirm", "start", "complete"}) {
                given().auth().oauth2(Tokens.admin("ad-1")).post("/api/v1/bookings/" + id + "/" + move).then().statusCode(200);
            }
        }

        List<Integer> codes = atOnce(10, i -> generate(provider));

        assertThat(Collections.frequency(codes, 201)).isEqualTo(1);
        assertThat(Collections.frequency(codes, 422)).isEqualTo(9);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM settlement WHERE provider_id = ?", provider)).isEqualTo(1);
        assertThat(Fixtures.count("""
                SELECT COUNT(*) FROM settlement_line l JOIN settlement s ON s.id = l.settlement_id WHERE s.provider_id = ?""",
                provider)).isEqualTo(2);
    }

    @Test
    void badPeriodsAndUnknownProvidersAreRefused() {
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON)
                .body("{\"providerId\":\"0190f3a4-5b6c-7d8e-9f00-112233445566\",\"periodStart\":\"%s\",\"periodEnd\":\"%s\"}"
                        .formatted(TODAY, TODAY))
                .post("/api/v1/settlements").then().statusCode(404);
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON)
                .body("{\"providerId\":\"0190f3a4-5b6c-7d8e-9f00-112233445566\",\"periodStart\":\"2026-11-15\",\"periodEnd\":\"2026-11-01\"}")
                .post("/api/v1/settlements").then().statusCode(400).body("errors.field", hasItem("periodEnd"));
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON)
                .body("{\"providerId\":\"0190f3a4-5b6c-7d8e-9f00-112233445566\",\"periodStart\":\"1 Nov\",\"periodEnd\":\"2026-11-01\"}")
                .post("/api/v1/settlements").then().statusCode(400).body("errors.field", hasItem("periodStart"));
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON)
                .body("{\"periodStart\":\"2026-11-01\",\"periodEnd\":\"2026-11-01\"}")
                .post("/api/v1/settlements").then().statusCode(400).body("errors.field", hasItem("providerId"));
    }
}
