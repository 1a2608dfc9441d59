package com.converge.booking.adapter.inbound.rest;

import static com.converge.booking.PaymentFixtures.pay;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import com.converge.booking.Fixtures;
import com.converge.booking.PaymentFixtures;
import com.converge.booking.PaymentFixtures.PaidBooking;
import com.converge.kernel.testing.KafkaProbe;
import com.converge.kernel.testing.MovableTimeSource;
import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a cancellation keeps (its fee, reschedule fees charged before) is a supply, invoiced with GST. */
@QuarkusTest
class CancellationInvoiceTest {

    @Inject
    MovableTimeSource clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private PaidBooking paidAndConfirmed() throws Exception {
        PaidBooking booking = PaymentFixtures.booking();
        pay(booking.customer(), booking.id(), null, "{\"amount\":%s,\"method\":\"upi\"}".formatted(booking.total())).statusCode(201);
        given().auth().oauth2(Tokens.admin("ad-1")).post("/api/v1/bookings/" + booking.id() + "/confirm").then().statusCode(200);
        return booking;
    }

    private void hoursBeforeTheSlot(PaidBooking booking, long hours) {
        Instant slotStart = booking.day().atTime(10, 0).atZone(ZoneId.of("Asia/Kolkata")).toInstant();
        clock.advance(Duration.between(clock.now(), slotStart).minusHours(hours));
    }

    private static ValidatableResponse cancel(PaidBooking booking) {
        return given().auth().oauth2(Tokens.customer(booking.customer())).contentType(ContentType.JSON)
                .body("{\"reason\":\"Not home\"}").post("/api/v1/bookings/" + booking.id() + "/cancel").then();
    }

    @Test
    void cancellingInsideTheWindowInvoicesTheFeeKeptWithItsGstAndRefundsTheRestWithoutACreditNote() throws Exception {
        PaidBooking booking = paidAndConfirmed();
        hoursBeforeTheSlot(booking, 2);

        String number = cancel(booking).statusCode(200)
                .body("cancellationFee", equalTo(100.0f))
                .body("invoiceNumber", matchesPattern("BK/\\d{4}/\\d{6}"))
                .extract().path("invoiceNumber");

        // the fee includes its GST: 100.00 x 9/118 = 7.63 of CGST and of SGST (tap repair in Karnataka), 84.74 taxable
        given().auth().oauth2(Tokens.customer(booking.customer())).get("/api/v1/bookings/" + booking.id() + "/invoice").then()
                .statusCode(200)
                .body("number", equalTo(number))
                .body("lines", hasSize(1))
                .body("lines[0].lineNo", equalTo(1))
                .body("lines[0].description", equalTo("Cancellation fee"))
                .body("lines[0].placeOfSupply", equalTo("KA"))
                .body("lines[0].taxableAmount", equalTo(84.74f))
                .body("lines[0].cgst", equalTo(7.63f))
                .body("lines[0].sgst", equalTo(7.63f))
                .body("lines[0].igst", equalTo(0.0f))
                .body("totalAmount", equalTo(100.0f));
        String page = given().auth().oauth2(Tokens.support("s-1")).accept("text/html")
                .get("/api/v1/bookings/" + booking.id() + "/invoice").then().statusCode(200).contentType("text/html")
                .extract().asString();
        assertThat(page).contains(number, "Cancellation fee", "84.74", "7.63", "100.00");

        assertThat(SettlementAdjustmentTest.decimal("SELECT grand_total FROM tax_invoice WHERE booking_id = ?", booking.id()))
                .isEqualByComparingTo("100.00");
        assertThat(SettlementAdjustmentTest.decimal("SELECT cancellation_kept FROM booking WHERE id = ?", booking.id()))
                .isEqualByComparingTo("100.00");
        BigDecimal refunded = new BigDecimal(booking.total()).subtract(new BigDecimal("100.00"));
        assertThat(SettlementAdjustmentTest.decimal("SELECT amount FROM refund WHERE booking_id = ?", booking.id()))
                .isEqualByComparingTo(refunded);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM refund WHERE booking_id = ? AND credit_note_number IS NULL", booking.id()))
                .isOne();
        assertThat(Fixtures.count("SELECT COUNT(*) FROM credit_note WHERE booking_id = ?", booking.id())).isZero();
        assertThat(KafkaProbe.await("booking-events",
                r -> booking.id().equals(r.key()) && "converge.booking.BookingCancelled".equals(KafkaProbe.header(r, "ce_type")),
                Duration.ofSeconds(20))).singleElement()
                .satisfies(r -> assertThat(r.value()).contains("\"invoiceNumber\":\"" + number + "\"")
                        .contains("\"refundAmount\":" + refunded.toPlainString()));

        // giving back the fee later is a credit note against this invoice
        PaymentFixtures.refund(booking.id(), "{\"amount\":100.00,\"reason\":\"goodwill\"}").statusCode(201);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM credit_note WHERE booking_id = ? AND invoice_number = ? AND grand_total = 100.00",
                booking.id(), number)).isOne();
    }

    @Test
    void aRescheduleFeeChargedBeforeTheCancellationIsOnTheSameInvoiceAsCharged() throws Exception {
        PaidBooking booking = paidAndConfirmed();
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON)
                .body("{\"date\":\"%s\",\"slots\":[\"10:00\"]}".formatted(booking.day().plusDays(3)))
                .post("/api/v1/providers/" + booking.provider() + "/availability").then().statusCode(204);
        hoursBeforeTheSlot(booking, 2);
        given().auth().oauth2(Tokens.customer(booking.customer())).contentType(ContentType.JSON)
                .body("{\"date\":\"%s\",\"slot\":\"10:00\"}".formatted(booking.day().plusDays(3)))
                .post("/api/v1/bookings/" + booking.id() + "/reschedule").then().statusCode(200)
                .body("chargesAmount", equalTo(59.0f));
        pay(booking.customer(), booking.id(), null, "{\"amount\":59.00,\"method\":\"upi\"}").statusCode(201);

        // the move kept the cancellation fee: cancelling now still costs it, and both fees are kept
        cancel(booking).statusCode(200).body("cancellationFee", equalTo(100.0f));

        given().auth().oauth2(Tokens.admin("ad-1")).get("/api/v1/bookings/" + booking.id() + "/invoice").then().statusCode(200)
                .body("lines", hasSize(2))
                .body("lines[0].taxableAmount", equalTo(50.0f))
                .body("lines[0].cgst", equalTo(4.5f))
                .body("lines[1].description", equalTo("Cancellation fee"))
                .body("lines[1].taxableAmount", equalTo(84.74f))
                .body("taxableAmount", equalTo(134.74f))
                .body("cgst", equalTo(12.13f))
                .body("sgst", equalTo(12.13f))
                .body("totalAmount", equalTo(159.0f));
        assertThat(SettlementAdjustmentTest.decimal("SELECT amount FROM refund WHERE booking_id = ?", booking.id()))
                .isEqualByComparingTo(new BigDecimal(booking.total()).subtract(new BigDecimal("100.00")));
    }

    @Test
    void cancellingOutsideTheWindowKeepsNothingAndIssuesNoInvoice() throws Exception {
        PaidBooking booking = paidAndConfirmed();

        cancel(booking).statusCode(200).body("cancellationFee", equalTo(0.0f)).body("invoiceNumber", nullValue());

        given().auth().oauth2(Tokens.customer(booking.customer())).get("/api/v1/bookings/" + booking.id() + "/invoice").then()
                .statusCode(404);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM tax_invoice WHERE booking_id = ?", booking.id())).isZero();
        assertThat(KafkaProbe.await("booking-events",
                r -> booking.id().equals(r.key()) && "converge.booking.BookingCancelled".equals(KafkaProbe.header(r, "ce_type")),
                Duration.ofSeconds(20))).singleElement()
                .satisfies(r -> assertThat(r.value()).contains("\"invoiceNumber\":null"));
    }

    @Test
    void aCancellationSentTwiceOrAtOnceIsInvoicedOnceAndTakesOneNumber() throws Exception {
        PaidBooking booking = paidAndConfirmed();
        hoursBeforeTheSlot(booking, 1);

        List<Integer> codes = PaymentFixtures.atOnce(2, i -> cancel(booking));
        cancel(booking).statusCode(409);

        assertThat(codes).containsExactlyInAnyOrder(200, 409);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM tax_invoice WHERE booking_id = ?", booking.id())).isOne();
        assertThat(Fixtures.count("SELECT COUNT(*) FROM refund WHERE booking_id = ?", booking.id())).isOne();
        // the number taken is the counter's last: nobody's rollback left a gap behind it
        assertThat(Fixtures.count("""
                SELECT COUNT(*) FROM tax_invoice t JOIN invoice_counter c ON c.series = t.series AND c.financial_year = t.financial_year
                WHERE t.booking_id = ? AND t.sequence_number = c.last_number""", booking.id())).isOne();
    }
}
