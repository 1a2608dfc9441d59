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
class ReferralTest {

    @Test
    void aReferredCustomersFirstCompletedBookingCreditsBothWalletsOnce() throws Exception {
        long referrer = Fixtures.registeredCustomer();
        String code = given().auth().oauth2(Tokens.customer(referrer)).get("/api/v1/customers/" + referrer).then()
                .extract().path("referralCode");
        long referred = Fixtures.newCustomerId();
        given().auth().oauth2(Tokens.customer(referred)).contentType(ContentType.JSON)
                .body("""
                        {"name":"Meera Iyer","phone":"%s","email":"meera.%d@example.in","referralCode":"%s"}
                        """.formatted(Fixtures.phoneFor(referred), referred, code))
                .post("/api/v1/customers").then().statusCode(201).body("referredBy", equalTo((int) referrer));

        String pincode = Fixtures.freshPincode();
        LocalDate day = Fixtures.futureDay();
        Fixtures.provider(pincode, "4.50", List.of(17), day, "08:00", "10:00");
        long address = Fixtures.addressOf(referred, "KA", pincode);
        for (String slot : new String[]{"08:00", "10:00"}) {
            String id = Fixtures.booking(referred, address, Fixtures.standardRateCard(17), day, slot);
            for (String move : new String[]{"confirm", "start", "complete"}) {
                given().auth().oauth2(Tokens.admin("ad-1")).post("/api/v1/bookings/" + id + "/" + move).then().statusCode(200);
            }
        }

        for (long customer : new long[]{referrer, referred}) {
            given().auth().oauth2(Tokens.customer(customer)).get("/api/v1/customers/" + customer + "/wallet").then()
                    .body("balance", equalTo(100.0f))
                    .body("entries.size()", equalTo(1))
                    .body("entries[0].reason", equalTo("referral"))
                    .body("entries[0].reference", equalTo("referral:" + referred));
        }
        assertThat(Fixtures.count("SELECT COUNT(*) FROM wallet_entry WHERE reason = 'REFERRAL' AND reference = ?",
                "referral:" + referred)).isEqualTo(2);
    }
}
