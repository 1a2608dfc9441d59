package com.converge.booking.adapter.inbound.rest;

import static com.converge.booking.PaymentFixtures.creditWallet;
import static com.converge.booking.PaymentFixtures.pay;
import static com.converge.booking.PaymentFixtures.refund;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.converge.booking.Fixtures;
import com.converge.booking.PaymentFixtures;
import com.converge.booking.PaymentFixtures.PaidBooking;
import com.converge.kernel.testing.KafkaProbe;
import com.converge.kernel.testing.MovableTimeSource;
import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PaymentResourceTest {

    @Inject
    MovableTimeSource clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private static long events(String bookingId, String type) {
        return KafkaProbe.await("booking-events",
                r -> bookingId.equals(r.key()) && ("converge.booking." + type).equals(KafkaProbe.header(r, "ce_type")),
                Duration.ofSeconds(5)).size();
    }

    @Test
    void aCustomerPaysPartlyFromTheWalletAndTheRestByUpiAndEachPaymentIsPublished() throws Exception {
        PaidBooking booking = PaymentFixtures.booking();
        creditWallet(booking.customer(), "100.00");
        BigDecimal rest = new BigDecimal(booking.total()).subtract(new BigDecimal("100.00"));

        pay(booking.customer(), booking.id(), "pay-wallet-1", "{\"amount\":100.00,\"method\":\"wallet\"}").statusCode(201)
                .body("paymentStatus", equalTo("partially_paid"))
                .body("paidAmount", equalTo(100.0f))
                .body("payments[0].method", equalTo("wallet"));
        given().auth().oauth2(Tokens.customer(booking.customer())).get("/api/v1/customers/" + booking.customer() + "/wallet")
                .then().body("balance", equalTo(0.0f)).body("entries[0].reason", equalTo("booking_payment"));

        pay(booking.customer(), booking.id(), null, "{\"amount\":%s,\"method\":\"upi\",\"reference\":\"UPI-77\"}".formatted(rest))
                .statusCode(201).body("paymentStatus", equalTo("paid")).body("dueAmount", equalTo(0.0f));
        pay(booking.customer(), booking.id(), null, "{\"amount\":0.01,\"method\":\"card\"}").statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("amount"));

        given().auth().oauth2(Tokens.customer(booking.customer())).get("/api/v1/bookings/" + booking.id() + "/payments")
                .then().statusCode(200)
                .body("paymentStatus", equalTo("paid"))
                .body("payments.size()", equalTo(2))
                .body("payments[1].reference", equalTo("UPI-77"));
        given().auth().oauth2(Tokens.customer(booking.customer())).get("/api/v1/bookings/" + booking.id())
                .then().body("paymentStatus", equalTo("paid"));
        await().atMost(Duration.ofSeconds(30)).until(() -> events(booking.id(), "PaymentReceived") == 2);
        assertThat(KafkaProbe.await("booking-events", r -> booking.id().equals(r.key())
                && "converge.booking.PaymentReceived".equals(KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(5)))
                .anySatisfy(r -> assertThat(r.value()).contains("\"method\":\"wallet\"").contains("\"amount\":100.00")
                        .contains("\"paymentStatus\":\"partially_paid\""));
    }

    @Test
    void aReplayWithTheSameKeyAnswersTheSameAndAnotherBodyWithTheKeyIs422() throws Exception {
        PaidBooking booking = PaymentFixtures.booking();
        String body = "{\"amount\":50.00,\"method\":\"upi\"}";
        String first = pay(booking.customer(), booking.id(), "pay-once", body).statusCode(201).extract().asString();
        String again = pay(booking.customer(), booking.id(), "pay-once", body).statusCode(201)
                .header("Idempotent-Replayed", "true").extract().asString();
        assertThat(again).isEqualTo(first);
        pay(booking.customer(), booking.id(), "pay-once", "{\"amount\":60.00,\"method\":\"upi\"}").statusCode(422);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM payment WHERE booking_id = ?", booking.id())).isEqualTo(1);
        assertThat(Fixtures.count("SELECT amount_paid * 100 FROM booking WHERE id = ?", booking.id())).isEqualTo(5000);
    }

    @Test
    void aFailedPaymentIsRecordedAsFailedAndMovesNoMoney() throws Exception {
        PaidBooking booking = PaymentFixtures.booking();
        pay(booking.customer(), booking.id(), null,
                "{\"amount\":50.00,\"method\":\"card\",\"outcome\":\"failed\",\"failureReason\":\"declined by the bank\"}")
                .statusCode(201).body("paymentStatus", equalTo("failed")).body("paidAmount", equalTo(0.0f))
                .body("payments[0].outcome", equalTo("failed"));
        assertThat(Fixtures.count("SELECT COUNT(*) FROM payment WHERE booking_id = ? AND outcome = 'FAILED'", booking.id())).isEqualTo(1);
        pay(booking.customer(), booking.id(), null, "{\"amount\":50.00,\"method\":\"upi\"}").statusCode(201)
                .body("paymentStatus", equalTo("partially_paid"));
        await().atMost(Duration.ofSeconds(30)).until(() -> events(booking.id(), "PaymentReceived") == 1);
    }

    @Test
    void badPaymentsAre400NamingTheFieldAndNothingIsRecorded() throws Exception {
        PaidBooking booking = PaymentFixtures.booking();
        String[][] cases = {
                {"{\"amount\":0,\"method\":\"upi\"}", "amount"},
                {"{\"amount\":10.001,\"method\":\"upi\"}", "amount"},
                {"{\"amount\":10.00,\"method\":\"bitcoin\"}", "method"},
                {"{\"amount\":10.00}", "method"},
                {"{\"amount\":10.00,\"method\":\"upi\",\"outcome\":\"maybe\"}", "outcome"},
                {"{\"amount\":10.00,\"method\":\"card\",\"outcome\":\"failed\"}", "failureReason"},
                {"{\"amount\":10.00,\"method\":\"wallet\",\"outcome\":\"failed\",\"failureReason\":\"x\"}", "outcome"},
        };
        for (String[] bad : cases) {
            pay(booking.customer(), booking.id(), null, bad[0]).statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(bad[1]));
        }
        pay(booking.customer(), booking.id(), null, "{\"amount\":10.00,\"method\":\"wallet\"}").statusCode(422)
                .body("errors.field", hasItem("amount"));
        assertThat(Fixtures.count("SELECT COUNT(*) FROM payment WHERE booking_id = ?", booking.id())).isZero();
    }

    @Test
    void customersSeeAndPayOnlyTheirOwnSupportReadsAndRefundsAdminSettles() throws Exception {
        PaidBooking booking = PaymentFixtures.booking();
        long other = Fixtures.registeredCustomer();
        given().auth().oauth2(Tokens.customer(other)).get("/api/v1/bookings/" + booking.id() + "/payments").then().statusCode(404);
        pay(other, booking.id(), null, "{\"amount\":10.00,\"method\":\"upi\"}").statusCode(404);
        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/bookings/" + booking.id() + "/payments").then().statusCode(200)
                .body("minimumAdvance", equalTo(0.0f));
        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/bookings/" + booking.id()).then().statusCode(200);
        given().auth().oauth2(Tokens.support("s-1")).contentType(ContentType.JSON).body("{\"amount\":10.00,\"method\":\"upi\"}")
                .post("/api/v1/bookings/" + booking.id() + "/payments").then().statusCode(403);
        given().auth().oauth2(Tokens.customer(booking.customer())).contentType(ContentType.JSON)
                .body("{\"amount\":10.00,\"reason\":\"x\"}").post("/api/v1/bookings/" + booking.id() + "/refunds").then().statusCode(403);
        given().auth().oauth2(Tokens.support("s-1")).contentType(ContentType.JSON)
                .body("{\"providerId\":\"%s\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-01-02\"}".formatted(booking.provider()))
                .post("/api/v1/settlements").then().statusCode(403);
        refund(booking.id(), "{\"amount\":10.00,\"reason\":\"goodwill\"}").statusCode(422).body("errors.field", hasItem("amount"));
        refund(booking.id(), "{\"amount\":10.00}").statusCode(400).body("errors.field", hasItem("reason"));
        refund(booking.id(), "{\"amount\":10.00,\"reason\":\"x\",\"destination\":\"bank\"}").statusCode(400)
                .body("errors.field", hasItem("destination"));
    }

    @Test
    void cancellingInsideTheWindowRefundsWhatWasPaidBeyondTheFeeToTheWallet() throws Exception {
        PaidBooking booking = PaymentFixtures.booking();
        pay(booking.customer(), booking.id(), null, "{\"amount\":250.00,\"method\":\"upi\"}").statusCode(201);
        given().auth().oauth2(Tokens.admin("ad-1")).post("/api/v1/bookings/" + booking.id() + "/confirm").then().statusCode(200);
        Instant slotStart = booking.day().atTime(10, 0).atZone(ZoneId.of("Asia/Kolkata")).toInstant();
        clock.advance(Duration.between(Instant.now(), slotStart).minusHours(2));

        given().auth().oauth2(Tokens.customer(booking.customer())).contentType(ContentType.JSON)
                .body("{\"reason\":\"Not home\",\"refundTo\":\"wallet\"}")
                .post("/api/v1/bookings/" + booking.id() + "/cancel").then().statusCode(200)
                .body("cancellationFee", equalTo(100.0f)).body("paymentStatus", equalTo("refunded"));
        given().auth().oauth2(Tokens.customer(booking.customer())).get("/api/v1/customers/" + booking.customer() + "/wallet")
                .then().body("balance", equalTo(150.0f)).body("entries[0].reason", equalTo("refund"));
        given().auth().oauth2(Tokens.customer(booking.customer())).get("/api/v1/bookings/" + booking.id() + "/payments").then()
                .body("refundedAmount", equalTo(150.0f)).body("refunds[0].destination", equalTo("wallet"));
        pay(booking.customer(), booking.id(), null, "{\"amount\":10.00,\"method\":\"upi\"}").statusCode(409);

        assertThat(KafkaProbe.await("booking-events", r -> booking.id().equals(r.key())
                && "converge.booking.RefundIssued".equals(KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(20)))
                .singleElement().satisfies(r -> assertThat(r.value()).contains("\"amount\":150.00")
                        .contains("\"destination\":\"wallet\"").contains("\"creditNoteNumber\":null"));
        assertThat(KafkaProbe.await("booking-events", r -> booking.id().equals(r.key())
                && "converge.booking.BookingCancelled".equals(KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(20)))
                .singleElement().satisfies(r -> assertThat(r.value()).contains("\"refundAmount\":150.00"));
    }

    @Test
    void aRefundAfterInvoicingIssuesACreditNoteAgainstTheInvoiceNumberedInItsOwnSeries() throws Exception {
        PaidBooking booking = PaymentFixtures.booking();
        PaymentFixtures.paidAndCompleted(booking);
        String invoice = given().auth().oauth2(Tokens.admin("ad-1")).get("/api/v1/bookings/" + booking.id()).then()
                .extract().path("invoiceNumber");

        String refundId = refund(booking.id(), "{\"amount\":100.00,\"reason\":\"Late by two hours\"}").statusCode(201)
                .body("paymentStatus", equalTo("refunded"))
                .body("refunds[0].destination", equalTo("original_method"))
                .body("refunds[0].method", equalTo("upi"))
                .extract().path("refunds[0].id");
        String number = given().auth().oauth2(Tokens.customer(booking.customer())).get("/api/v1/bookings/" + booking.id() + "/refunds/" + refundId + "/credit-note")
                .then().statusCode(200)
                .body("invoiceNumber", equalTo(invoice))
                .body("totalAmount", equalTo(100.0f))
                .body("lines[0].cgst", equalTo(given().auth().oauth2(Tokens.customer(booking.customer()))
                        .get("/api/v1/bookings/" + booking.id() + "/refunds/" + refundId + "/credit-note").then().extract().path("lines[0].sgst")))
                .extract().path("number");
        assertThat(number).matches("CN/\\d{4}/\\d{6}");
        String page = given().auth().oauth2(Tokens.support("s-1")).accept("text/html").get("/api/v1/bookings/" + booking.id() + "/refunds/" + refundId + "/credit-note")
                .then().statusCode(200).contentType("text/html").extract().asString();
        assertThat(page).contains("Credit note").contains(number).contains(invoice);
        given().auth().oauth2(Tokens.customer(Fixtures.registeredCustomer())).get("/api/v1/bookings/" + booking.id() + "/refunds/" + refundId + "/credit-note")
                .then().statusCode(404);

        refund(booking.id(), "{\"amount\":%s,\"reason\":\"too much\"}".formatted(new BigDecimal(booking.total()).subtract(new BigDecimal("99.99"))))
                .statusCode(422);
        assertThat(KafkaProbe.await("booking-events", r -> booking.id().equals(r.key())
                && "converge.booking.RefundIssued".equals(KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(20)))
                .singleElement().satisfies(r -> assertThat(r.value()).contains("\"creditNoteNumber\":\"" + number + "\"")
                        .contains("\"reason\":\"Late by two hours\""));
    }
}
