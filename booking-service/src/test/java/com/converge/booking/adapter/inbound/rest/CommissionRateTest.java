package com.converge.booking.adapter.inbound.rest;

import static com.converge.booking.PaymentFixtures.refund;
import static com.converge.booking.adapter.inbound.rest.SettlementAdjustmentTest.generate;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.converge.booking.Fixtures;
import com.converge.booking.PaymentFixtures;
import com.converge.booking.PaymentFixtures.PaidBooking;
import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommissionRateTest {

    private static final int PLUMBING = 3;

    private static ValidatableResponse put(int category, String body) {
        return given().auth().oauth2(Tokens.admin("ad-7")).contentType(ContentType.JSON).body(body)
                .put("/api/v1/commission-rates/" + category).then();
    }

    @Test
    void adminListsEveryCategorysRateAndTheDefault() throws Exception {
        given().auth().oauth2(Tokens.admin("ad-1")).get("/api/v1/commission-rates").then().statusCode(200)
                .body("defaultPercent", equalTo(15))
                .body("rates", hasSize((int) Fixtures.count("SELECT COUNT(*) FROM category")))
                .body("rates.find { it.categoryId == 10 }.percent", equalTo(25.0f))
                .body("rates.find { it.categoryId == 10 }.ownRate", equalTo(true));
        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/commission-rates").then().statusCode(403);
    }

    @Test
    void badRatesAreRefusedNamingThePercentAndChangeNothing() throws Exception {
        long changes = Fixtures.count("SELECT COUNT(*) FROM commission_rate_change");
        put(PLUMBING, "{\"percent\":100.01}").statusCode(400).body("errors.field", hasItem("percent"));
        put(PLUMBING, "{\"percent\":-1}").statusCode(400).body("errors.field", hasItem("percent"));
        put(PLUMBING, "{\"percent\":12.345}").statusCode(400).body("errors.field", hasItem("percent"));
        put(PLUMBING, "{}").statusCode(400).body("errors.field", hasItem("percent"));
        put(PLUMBING, "{\"percent\":85}").statusCode(422).body("errors.field", hasItem("percent"));
        put(999, "{\"percent\":10}").statusCode(404);
        given().auth().oauth2(Tokens.customer(Fixtures.registeredCustomer())).contentType(ContentType.JSON)
                .body("{\"percent\":10}").put("/api/v1/commission-rates/" + PLUMBING).then().statusCode(403);

        assertThat(Fixtures.count("SELECT COUNT(*) FROM commission_rate_change")).isEqualTo(changes);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM commission_rate WHERE category_id = ? AND percent = 15.00", PLUMBING))
                .isEqualTo(1);
    }

    @Test
    void aNewRateAppliesToLaterStatementsWhileSettledBookingsKeepTheirsForLaterRefunds() throws Exception {
        PaidBooking settled = PaymentFixtures.booking();
        PaymentFixtures.paidAndCompleted(settled);
        generate(settled.provider()).statusCode(201).body("commissionAmount", equalTo(74.85f));
        try {
            put(PLUMBING, "{\"percent\":20}").statusCode(200)
                    .body("categoryId", equalTo(PLUMBING))
                    .body("categoryName", equalTo("Plumbing"))
                    .body("percent", equalTo(20.0f))
                    .body("previousPercent", equalTo(15.0f))
                    .body("changedBy", equalTo("ad-7"));
            assertThat(Fixtures.count("""
                    SELECT COUNT(*) FROM commission_rate_change
                    WHERE category_id = ? AND previous_percent = 15.00 AND percent = 20.00 AND changed_by = 'ad-7'""", PLUMBING))
                    .isEqualTo(1);

            // settled at 15%: the refund gives back 15% of the 100.00 it reversed, not 20%
            refund(settled.id(), "{\"amount\":118.00,\"reason\":\"after the rate changed\"}").statusCode(201);
            generate(settled.provider()).statusCode(201).body("adjustments[0].commissionReversed", equalTo(15.0f));

            PaidBooking later = PaymentFixtures.booking();
            PaymentFixtures.paidAndCompleted(later);
            // 20% of 499.00
            generate(later.provider()).statusCode(201).body("commissionAmount", equalTo(99.8f));
        } finally {
            put(PLUMBING, "{\"percent\":15}").statusCode(200);
        }
    }
}
