package com.converge.booking.adapter.inbound.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.converge.booking.Fixtures;
import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BookingListTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Kolkata"));

    @Test
    void aCustomerPagesThroughTheirOwnBookingsNewestFirst() throws Exception {
        long customer = Fixtures.registeredCustomer();
        long address = Fixtures.addressOf(customer, "KA", Fixtures.freshPincode());
        long card = Fixtures.standardRateCard(17);
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(Fixtures.booking(customer, address, card, Fixtures.futureDay(), "10:00"));
        }
        long stranger = Fixtures.registeredCustomer();
        Fixtures.booking(stranger, Fixtures.addressOf(stranger, "KA", Fixtures.freshPincode()), card, Fixtures.futureDay(), "10:00");

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(Tokens.customer(customer)).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            ExtractableResponse<Response> page = request.get("/api/v1/bookings").then().statusCode(200).extract();
            List<String> ids = page.path("items.id");
            assertThat(ids.size()).isLessThanOrEqualTo(2);
            seen.addAll(ids);
            cursor = page.path("nextCursor");
        } while (cursor != null);

        Collections.reverse(made);
        assertThat(seen).containsExactlyElementsOf(made);
        given().auth().oauth2(Tokens.customer(customer)).get("/api/v1/bookings").then()
                .body("items[0].customerId", equalTo((int) customer))
                .body("items[0].status", equalTo("pending"))
                .body("items[0].items[0].slot", equalTo("10:00"))
                .body("items[0].rescheduleCount", equalTo(0))
                .body("nextCursor", nullValue());
    }

    @Test
    void filtersByStatusAndDateAndStaffMayChooseTheCustomer() throws Exception {
        long customer = Fixtures.registeredCustomer();
        long address = Fixtures.addressOf(customer, "KA", Fixtures.freshPincode());
        long card = Fixtures.standardRateCard(17);
        String cancelled = Fixtures.booking(customer, address, card, Fixtures.futureDay(), "10:00");
        String pending = Fixtures.booking(customer, address, card, Fixtures.futureDay(), "12:00");
        given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON).body("{\"reason\":\"x\"}")
                .post("/api/v1/bookings/" + cancelled + "/cancel").then().statusCode(200);

        given().auth().oauth2(Tokens.customer(customer)).queryParam("status", "cancelled").get("/api/v1/bookings").then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(cancelled));
        given().auth().oauth2(Tokens.support("su-1")).queryParam("customerId", customer).queryParam("status", "pending,confirmed")
                .get("/api/v1/bookings").then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(pending));
        given().auth().oauth2(Tokens.admin("ad-1")).queryParam("customerId", customer)
                .queryParam("from", TODAY.minusDays(1).toString()).queryParam("to", TODAY.plusDays(1).toString())
                .get("/api/v1/bookings").then().statusCode(200).body("items", hasSize(2));
        given().auth().oauth2(Tokens.admin("ad-1")).queryParam("customerId", customer).queryParam("to", TODAY.minusDays(1).toString())
                .get("/api/v1/bookings").then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(Tokens.admin("ad-1")).queryParam("limit", 1).get("/api/v1/bookings").then().statusCode(200)
                .body("items", hasSize(1));
    }

    @Test
    void anotherCustomersListIsForbiddenAndBadFiltersAreProblemsNamingTheField() {
        long customer = Fixtures.registeredCustomer();
        given().auth().oauth2(Tokens.customer(customer)).queryParam("customerId", customer + 1).get("/api/v1/bookings").then()
                .statusCode(403);
        given().auth().oauth2(Tokens.token("AGENT", "ag-1")).get("/api/v1/bookings").then().statusCode(403);
        given().auth().oauth2(Tokens.customer(customer)).queryParam("status", "lost").get("/api/v1/bookings").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        given().auth().oauth2(Tokens.customer(customer)).queryParam("limit", 0).get("/api/v1/bookings").then()
                .statusCode(400).body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(Tokens.customer(customer)).queryParam("from", "2026-12-02").queryParam("to", "2026-12-01")
                .get("/api/v1/bookings").then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().auth().oauth2(Tokens.customer(customer)).queryParam("from", "yesterday").get("/api/v1/bookings").then()
                .statusCode(400).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(Tokens.customer(customer)).queryParam("cursor", "bm9wZQ").get("/api/v1/bookings").then()
                .statusCode(400).body("errors[0].field", equalTo("cursor"));
    }
}
