package com.converge.booking.adapter.inbound.rest;

import static com.converge.booking.PaymentFixtures.pay;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.converge.booking.PaymentFixtures;
import com.converge.booking.PaymentFixtures.PaidBooking;
import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(AdvanceTest.TwentyPercentAdvance.class)
class AdvanceTest {

    public static class TwentyPercentAdvance implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("converge.booking.minimum-advance", "20");
        }
    }

    @Test
    void aBookingIsConfirmedOnlyOnceTwentyPercentIsPaid() throws Exception {
        PaidBooking booking = PaymentFixtures.booking();
        BigDecimal advance = new BigDecimal(booking.total()).multiply(BigDecimal.valueOf(20)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);

        given().auth().oauth2(Tokens.customer(booking.customer())).get("/api/v1/bookings/" + booking.id() + "/payments")
                .then().body("minimumAdvance", equalTo(advance.floatValue()));
        given().auth().oauth2(Tokens.admin("ad-1")).post("/api/v1/bookings/" + booking.id() + "/confirm").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("advance"));

        pay(booking.customer(), booking.id(), null, "{\"amount\":%s,\"method\":\"upi\"}".formatted(advance.subtract(new BigDecimal("0.01"))))
                .statusCode(201);
        given().auth().oauth2(Tokens.admin("ad-1")).post("/api/v1/bookings/" + booking.id() + "/confirm").then().statusCode(422);
        pay(booking.customer(), booking.id(), null, "{\"amount\":0.01,\"method\":\"upi\"}").statusCode(201);
        given().auth().oauth2(Tokens.admin("ad-1")).post("/api/v1/bookings/" + booking.id() + "/confirm").then().statusCode(200)
                .body("status", equalTo("confirmed")).body("paymentStatus", equalTo("partially_paid"));
    }
}
