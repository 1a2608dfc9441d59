package com.converge.booking.adapter.inbound.rest;

import static com.converge.booking.PaymentFixtures.atOnce;
import static com.converge.booking.PaymentFixtures.pay;
import static com.converge.booking.PaymentFixtures.refund;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.converge.booking.Fixtures;
import com.converge.booking.PaymentFixtures;
import com.converge.booking.PaymentFixtures.PaidBooking;
import com.converge.kernel.testing.KafkaProbe;
import com.converge.kernel.testing.TestDatabase;
import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Refunds issued after a booking was settled, carried into the provider's next statement exactly once. */
@QuarkusTest
class SettlementAdjustmentTest {

    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Kolkata")).toString();

    static ValidatableResponse generate(String provider) {
        return given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON)
                .body("{\"providerId\":\"%s\",\"periodStart\":\"%s\",\"periodEnd\":\"%s\"}".formatted(provider, TODAY, TODAY))
                .post("/api/v1/settlements").then();
    }

    @Test
    void aRefundAfterSettlementIsAnAdjustmentOfTheProvidersNextStatementOnce() throws Exception {
        PaidBooking booking = PaymentFixtures.booking();
        PaymentFixtures.paidAndCompleted(booking);
        // tap repair (plumbing, 15%): 499.00 gross, 74.85 commission
        String first = generate(booking.provider()).statusCode(201).body("commissionAmount", equalTo(74.85f))
                .body("adjustments", hasSize(0)).extract().path("id");
        given().auth().oauth2(Tokens.admin("ad-1")).post("/api/v1/settlements/" + first + "/pay").then().statusCode(200);

        // 118.00 back after settlement: 100.00 of taxable value reversed on the credit note
        String refundId = refund(booking.id(), "{\"amount\":118.00,\"reason\":\"tap dripping again\"}").statusCode(201)
                .extract().path("refunds[0].id");

        // commission given back: 15% of 499.00 - 15% of 399.00 = 74.85 - 59.85 = 15.00; GST on -15.00 is -2.70;
        // net payable -100.00 + 15.00 + 2.70 = -82.30, the provider owes it
        String second = generate(booking.provider()).statusCode(201)
                .body("bookingCount", equalTo(0))
                .body("adjustments", hasSize(1))
                .body("adjustments[0].refundId", equalTo(refundId))
                .body("adjustments[0].bookingId", equalTo(booking.id()))
                .body("adjustments[0].amount", equalTo(-100.0f))
                .body("adjustments[0].commissionReversed", equalTo(15.0f))
                .body("adjustmentAmount", equalTo(-100.0f))
                .body("commissionReversed", equalTo(15.0f))
                .body("commissionGst", equalTo(-2.7f))
                .body("netPayableAmount", equalTo(-82.3f))
                .extract().path("id");
        generate(booking.provider()).statusCode(422).body("errors.field", hasItem("periodEnd"));

        given().auth().oauth2(Tokens.admin("ad-1")).get("/api/v1/settlements/" + second).then().statusCode(200)
                .body("adjustments[0].refundId", equalTo(refundId)).body("netPayableAmount", equalTo(-82.3f));
        assertThat(Fixtures.count("SELECT COUNT(*) FROM settlement_refund WHERE refund_id = ? AND settlement_id = ? AND adjustment",
                refundId, second)).isEqualTo(1);
        assertThat(decimal("SELECT adjustments FROM settlement WHERE id = ?", second)).isEqualByComparingTo("100.00");

        given().auth().oauth2(Tokens.admin("ad-1")).post("/api/v1/settlements/" + second + "/pay").then().statusCode(200);
        assertThat(KafkaProbe.await("booking-events", r -> booking.provider().equals(r.key())
                && "converge.booking.ProviderSettled".equals(KafkaProbe.header(r, "ce_type"))
                && r.value().contains(second), Duration.ofSeconds(20)))
                .singleElement().satisfies(r -> assertThat(r.value()).contains("\"netPayableAmount\":-82.30")
                        .contains("\"commissionAmount\":-15.00"));
    }

    @Test
    void refundsRacingStatementsAreEachAccountedForExactlyOnce() throws Exception {
        String pincode = Fixtures.freshPincode();
        LocalDate day = Fixtures.futureDay();
        String[] slots = {"08:00", "10:00", "12:00", "14:00"};
        String provider = Fixtures.provider(pincode, "4.50", List.of(17), day, slots);
        List<PaidBooking> bookings = new ArrayList<>();
        for (String slot : slots) {
            long customer = Fixtures.registeredCustomer();
            String id = Fixtures.booking(customer, Fixtures.addressOf(customer, "KA", pincode), Fixtures.standardRateCard(17), day, slot);
            String total = given().auth().oauth2(Tokens.customer(customer)).get("/api/v1/bookings/" + id).then().statusCode(200)
                    .extract().jsonPath().getString("totalAmount");
            PaidBooking booking = new PaidBooking(id, customer, provider, day, new BigDecimal(total).setScale(2).toPlainString());
            bookings.add(booking);
        }
        // half of the bookings settled before the race (one with a refund counted in its line), so their
        // refunds in the race are adjustments; the other half's are counted or adjusted as the race goes
        PaymentFixtures.paidAndCompleted(bookings.get(0));
        PaymentFixtures.paidAndCompleted(bookings.get(1));
        refund(bookings.get(0).id(), "{\"amount\":23.60,\"reason\":\"before any statement\"}").statusCode(201);
        generate(provider).statusCode(201).body("bookingCount", equalTo(2)).body("refundAdjustments", equalTo(20.0f));
        PaymentFixtures.paidAndCompleted(bookings.get(2));
        PaymentFixtures.paidAndCompleted(bookings.get(3));

        // 3 refunds per booking and 4 statements, all at once
        List<Integer> codes = atOnce(16, i -> i < 12
                ? refund(bookings.get(i % 4).id(), "{\"amount\":11.80,\"reason\":\"race %d\"}".formatted(i))
                : generate(provider));
        assertThat(codes.subList(0, 12)).containsOnly(201);
        assertThat(codes.subList(12, 16)).isSubsetOf(201, 422).contains(201);
        // what the race left for the next statement
        generate(provider).statusCode(org.hamcrest.Matchers.anyOf(equalTo(201), equalTo(422)));
        generate(provider).statusCode(422);

        String ids = "'" + String.join("','", bookings.stream().map(PaidBooking::id).toList()) + "'";
        // every booking settled once, every refund counted in its booking's line or adjusted later, once
        assertThat(Fixtures.count("SELECT COUNT(*) FROM settlement_line WHERE booking_id IN (" + ids + ")")).isEqualTo(4);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM refund WHERE booking_id IN (" + ids + ")")).isEqualTo(13);
        assertThat(Fixtures.count("""
                SELECT COUNT(*) FROM refund r JOIN settlement_refund sr ON sr.refund_id = r.id
                WHERE r.booking_id IN (%s)""".formatted(ids))).isEqualTo(13);
        // the statements' refunds and adjustments add up to the taxable value the credit notes reversed
        BigDecimal credited = decimal("""
                SELECT SUM(l.taxable) FROM credit_note n JOIN credit_note_line l ON l.credit_note_number = n.number
                WHERE n.booking_id IN (%s)""".formatted(ids));
        BigDecimal accounted = decimal("SELECT SUM(refunds) FROM settlement_line WHERE booking_id IN (" + ids + ")")
                .add(decimal("SELECT COALESCE(SUM(adjustments), 0) FROM settlement WHERE provider_id = ?", provider));
        assertThat(accounted).isEqualByComparingTo(credited);
        assertThat(decimal("SELECT SUM(refunded) FROM settlement_refund WHERE booking_id IN (" + ids + ")"))
                .isEqualByComparingTo(credited);
        // and the commission kept is 15% of what refunds left of each booking, rounded once
        BigDecimal expected = BigDecimal.ZERO;
        for (PaidBooking booking : bookings) {
            BigDecimal left = new BigDecimal("499.00").subtract(decimal("""
                    SELECT SUM(l.taxable) FROM credit_note n JOIN credit_note_line l ON l.credit_note_number = n.number
                    WHERE n.booking_id = ?""", booking.id()));
            expected = expected.add(left.multiply(BigDecimal.valueOf(15)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
        }
        BigDecimal kept = decimal("SELECT SUM(commission) - SUM(commission_reversed) FROM settlement WHERE provider_id = ?", provider);
        assertThat(kept).isEqualByComparingTo(expected);
    }

    static BigDecimal decimal(String sql, Object... parameters) throws Exception {
        try (Connection db = TestDatabase.connect("booking_test"); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getBigDecimal(1);
            }
        }
    }
}
