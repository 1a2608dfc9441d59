package com.converge.booking.adapter.inbound.rest;

import static com.converge.booking.PaymentFixtures.pay;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.converge.booking.Fixtures;
import com.converge.booking.PaymentFixtures;
import com.converge.booking.PaymentFixtures.PaidBooking;
import com.converge.kernel.testing.MovableTimeSource;
import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A reschedule inside the window is owed on the booking's payments, paid like the rest, and invoiced as its own line. */
@QuarkusTest
class RescheduleFeeTest {

    @Inject
    MovableTimeSource clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void theFeeIsOwedWithItsGstPaidFromTheWalletAndInvoicedAsItsOwnLine() throws Exception {
        PaidBooking booking = PaymentFixtures.booking();
        pay(booking.customer(), booking.id(), null, "{\"amount\":%s,\"method\":\"upi\"}".formatted(booking.total())).statusCode(201);
        given().auth().oauth2(Tokens.admin("ad-1")).post("/api/v1/bookings/" + booking.id() + "/confirm").then().statusCode(200);
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON)
                .body("{\"date\":\"%s\",\"slots\":[\"10:00\"]}".formatted(booking.day().plusDays(3)))
                .post("/api/v1/providers/" + booking.provider() + "/availability").then().statusCode(204);

        Instant slotStart = booking.day().atTime(10, 0).atZone(ZoneId.of("Asia/Kolkata")).toInstant();
        clock.advance(Duration.between(Instant.now(), slotStart).minusHours(2));
        // 50.00 inside the window, with CGST 4.50 and SGST 4.50 as the tap repair in Karnataka has: 59.00 owed on top of 588.82
        given().auth().oauth2(Tokens.customer(booking.customer())).contentType(ContentType.JSON)
                .body("{\"date\":\"%s\",\"slot\":\"10:00\"}".formatted(booking.day().plusDays(3)))
                .post("/api/v1/bookings/" + booking.id() + "/reschedule").then().statusCode(200)
                .body("reschedules[0].fee", equalTo(50.0f))
                .body("charges", hasSize(1))
                .body("charges[0].lineNo", equalTo(2))
                .body("charges[0].cgst", equalTo(4.5f))
                .body("charges[0].sgst", equalTo(4.5f))
                .body("charges[0].totalAmount", equalTo(59.0f))
                .body("chargesAmount", equalTo(59.0f))
                .body("amountOwed", equalTo(647.82f))
                .body("paymentStatus", equalTo("partially_paid"));

        given().auth().oauth2(Tokens.customer(booking.customer())).get("/api/v1/bookings/" + booking.id()).then().statusCode(200)
                .body("amountOwed", equalTo(647.82f)).body("paymentStatus", equalTo("partially_paid"));
        given().auth().oauth2(Tokens.customer(booking.customer())).get("/api/v1/bookings/" + booking.id() + "/payments").then()
                .statusCode(200)
                .body("chargesAmount", equalTo(59.0f))
                .body("dueAmount", equalTo(59.0f))
                .body("paymentStatus", equalTo("partially_paid"));
        assertThat(SettlementAdjustmentTest.decimal("SELECT amount_charged FROM booking WHERE id = ?", booking.id()))
                .isEqualByComparingTo("59.00");

        // more than owed is refused; the fee itself is paid from the wallet
        pay(booking.customer(), booking.id(), null, "{\"amount\":59.01,\"method\":\"upi\"}").statusCode(422);
        PaymentFixtures.creditWallet(booking.customer(), "59.00");
        pay(booking.customer(), booking.id(), "fee-" + booking.id(), "{\"amount\":59.00,\"method\":\"wallet\"}").statusCode(201)
                .body("paymentStatus", equalTo("paid")).body("dueAmount", equalTo(0.0f));
        given().auth().oauth2(Tokens.customer(booking.customer())).get("/api/v1/customers/" + booking.customer() + "/wallet")
                .then().statusCode(200).body("balance", equalTo(0.0f));

        for (String move : new String[]{"start", "complete"}) {
            given().auth().oauth2(Tokens.admin("ad-1")).post("/api/v1/bookings/" + booking.id() + "/" + move).then().statusCode(200);
        }
        given().auth().oauth2(Tokens.customer(booking.customer())).get("/api/v1/bookings/" + booking.id() + "/invoice").then()
                .statusCode(200)
                .body("lines", hasSize(2))
                .body("lines[1].description", containsString("Reschedule fee"))
                .body("lines[1].taxableAmount", equalTo(50.0f))
                .body("lines[1].cgst", equalTo(4.5f))
                .body("taxableAmount", equalTo(549.0f))
                .body("totalAmount", equalTo(647.82f));
        assertThat(SettlementAdjustmentTest.decimal("SELECT grand_total FROM tax_invoice WHERE booking_id = ?", booking.id()))
                .isEqualByComparingTo("647.82");

        // everything paid can go back; the credit note reverses the fee line too
        PaymentFixtures.refund(booking.id(), "{\"amount\":647.82,\"reason\":\"all of it\"}").statusCode(201);
        assertThat(SettlementAdjustmentTest.decimal("""
                SELECT SUM(l.taxable) FROM credit_note n JOIN credit_note_line l ON l.credit_note_number = n.number
                WHERE n.booking_id = ? AND l.line_no = 2""", booking.id())).isEqualByComparingTo("50.00");
    }
}
