package com.converge.booking.adapter.inbound.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.converge.booking.Fixtures;
import com.converge.kernel.testing.KafkaProbe;
import com.converge.kernel.testing.TestDatabase;
import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BookingResourceTest {

    @Test
    void aCustomerBooksTwoServicesPricedWithGstAndBookingCreatedIsPublished() throws Exception {
        long customer = Fixtures.registeredCustomer();
        String pincode = Fixtures.freshPincode();
        long address = Fixtures.addressOf(customer, "KA", pincode);
        LocalDate day = Fixtures.futureDay();
        long tapRepair = Fixtures.standardRateCard(17);
        long waxing = Fixtures.standardRateCard(58);

        String id = given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON)
                .header("Idempotency-Key", "book-" + customer)
                .body("""
                        {"addressId":%d,"items":[{"rateCardId":%d,"quantity":2,"date":"%s","slot":"10:00"},
                                                 {"rateCardId":%d,"quantity":1,"date":"%s","slot":"12:00"}]}
                        """.formatted(address, tapRepair, day, waxing, day))
                .post("/api/v1/bookings")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/bookings/"))
                .body("status", equalTo("pending"))
                .body("paymentStatus", equalTo("pending"))
                .body("items.size()", equalTo(2))
                .body("items[0].placeOfSupply", equalTo("KA"))
                .extract().path("id");

        ExtractableResponse<Response> booking = given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/bookings/" + id)
                .then().statusCode(200).extract();
        float taxable = booking.path("taxableAmount");
        float cgst = booking.path("cgst");
        float sgst = booking.path("sgst");
        float total = booking.path("totalAmount");
        assertThat((float) booking.path("igst")).isZero();
        assertThat(cgst).isEqualTo(sgst).isPositive();
        assertThat(total).isCloseTo(taxable + cgst + sgst, org.assertj.core.data.Offset.offset(0.001f));

        assertThat(KafkaProbe.await("booking-events",
                r -> id.equals(r.key()) && "converge.booking.BookingCreated".equals(KafkaProbe.header(r, "ce_type")),
                Duration.ofSeconds(20))).singleElement()
                .satisfies(r -> assertThat(r.value()).contains("\"itemCount\":2").contains("\"pincode\":\"" + pincode + "\""));
    }

    @Test
    void aRepeatedIdempotencyKeyReturnsTheSameBookingAndCreatesNoSecond() throws Exception {
        long customer = Fixtures.registeredCustomer();
        long address = Fixtures.addressOf(customer, "KA", Fixtures.freshPincode());
        String body = """
                {"addressId":%d,"items":[{"rateCardId":%d,"date":"%s","slot":"08:00"}]}
                """.formatted(address, Fixtures.standardRateCard(17), Fixtures.futureDay());
        String first = given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON)
                .header("Idempotency-Key", "same").body(body).post("/api/v1/bookings").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON)
                .header("Idempotency-Key", "same").body(body).post("/api/v1/bookings").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        assertThat(Fixtures.count("SELECT COUNT(*) FROM booking WHERE customer_id = ?", customer)).isEqualTo(1);
    }

    @Test
    void igstAppliesWhenThePlaceOfSupplyIsOutsideTheSuppliersState() throws Exception {
        long customer = Fixtures.registeredCustomer();
        long address = Fixtures.addressOf(customer, "MH", Fixtures.freshPincode());
        ExtractableResponse<Response> booking = given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON)
                .body("""
                        {"addressId":%d,"items":[{"rateCardId":%d,"date":"%s","slot":"08:00"}]}
                        """.formatted(address, Fixtures.standardRateCard(9), Fixtures.futureDay()))
                .post("/api/v1/bookings").then().statusCode(201)
                .body("items[0].placeOfSupply", equalTo("MH"))
                .body("cgst", equalTo(0.0f))
                .body("sgst", equalTo(0.0f))
                .extract();
        float taxable = booking.path("taxableAmount");
        assertThat((float) booking.path("igst")).isCloseTo(Math.round(taxable * 18) / 100f, org.assertj.core.data.Offset.offset(0.001f));
    }

    @Test
    void badBookingsNameTheFieldAndStoreNothing() throws Exception {
        long customer = Fixtures.registeredCustomer();
        long other = Fixtures.registeredCustomer();
        long address = Fixtures.addressOf(customer, "KA", Fixtures.freshPincode());
        long othersAddress = Fixtures.addressOf(other, "KA", Fixtures.freshPincode());
        long card = Fixtures.standardRateCard(17);
        long carWash = Fixtures.standardRateCard(53);
        LocalDate day = Fixtures.futureDay();
        String[][] cases = {
                {"{\"addressId\":%d,\"items\":[]}".formatted(address), "400", "items"},
                {"{\"addressId\":%d,\"items\":[{\"rateCardId\":%d,\"date\":\"%s\",\"slot\":\"11:00\"}]}".formatted(address, card, day), "400", "items[0].slot"},
                {"{\"addressId\":%d,\"items\":[{\"rateCardId\":%d,\"date\":\"tomorrow\",\"slot\":\"10:00\"}]}".formatted(address, card), "400", "items[0].date"},
                {"{\"addressId\":%d,\"items\":[{\"rateCardId\":%d,\"quantity\":0,\"date\":\"%s\",\"slot\":\"10:00\"}]}".formatted(address, card, day), "400", "items[0].quantity"},
                {"{\"addressId\":%d,\"items\":[{\"rateCardId\":%d,\"date\":\"%s\",\"slot\":\"10:00\"}]}".formatted(othersAddress, card, day), "422", "addressId"},
                {"{\"addressId\":%d,\"items\":[{\"rateCardId\":%d,\"date\":\"%s\",\"slot\":\"10:00\"}]}".formatted(address, carWash, day), "422", "items[0].rateCardId"},
                {"{\"addressId\":%d,\"items\":[{\"rateCardId\":%d,\"date\":\"2020-01-01\",\"slot\":\"10:00\"}]}".formatted(address, card), "422", "items[0].date"},
        };
        for (String[] bad : cases) {
            given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON).body(bad[0])
                    .post("/api/v1/bookings").then().statusCode(Integer.parseInt(bad[1]))
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(bad[2]));
        }
        assertThat(Fixtures.count("SELECT COUNT(*) FROM booking WHERE customer_id = ?", customer)).isZero();
    }

    @Test
    void aCustomerSeesOnlyTheirOwnBookingsAndOnlyAdminsMoveThem() throws Exception {
        long customer = Fixtures.registeredCustomer();
        long address = Fixtures.addressOf(customer, "KA", Fixtures.freshPincode());
        String id = Fixtures.booking(customer, address, Fixtures.standardRateCard(17), Fixtures.futureDay(), "10:00");
        given().auth().oauth2(Tokens.customer(customer)).get("/api/v1/bookings/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.customer(customer + 1)).get("/api/v1/bookings/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.customer(customer)).post("/api/v1/bookings/" + id + "/confirm").then().statusCode(403);
        given().auth().oauth2(Tokens.support("s-1")).post("/api/v1/bookings/" + id + "/confirm").then().statusCode(403);
        given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON)
                .body("{\"customerId\":%d,\"addressId\":%d,\"items\":[]}".formatted(customer + 1, address))
                .post("/api/v1/bookings").then().statusCode(403);
        given().auth().oauth2(Tokens.admin("ad-1")).get("/api/v1/bookings/not-a-uuid").then().statusCode(400)
                .body("errors[0].field", equalTo("bookingId"));
    }

    @Test
    void confirmingAssignsTheHighestRatedFreeProviderAndIllegalMovesAreConflicts() throws Exception {
        long customer = Fixtures.registeredCustomer();
        String pincode = Fixtures.freshPincode();
        long address = Fixtures.addressOf(customer, "KA", pincode);
        LocalDate day = Fixtures.futureDay();
        Fixtures.provider(pincode, "4.20", List.of(17), day, "10:00");
        String star = Fixtures.provider(pincode, "4.90", List.of(17), day, "10:00");
        Fixtures.provider(pincode, "5.00", List.of(18), day, "10:00"); // does not do tap repair
        String id = Fixtures.booking(customer, address, Fixtures.standardRateCard(17), day, "10:00");

        given().auth().oauth2(Tokens.admin("ad-1")).post("/api/v1/bookings/" + id + "/complete").then().statusCode(409)
                .body("type", equalTo("urn:converge:problem:illegal-transition"));
        given().auth().oauth2(Tokens.admin("ad-1")).post("/api/v1/bookings/" + id + "/confirm").then().statusCode(200)
                .body("status", equalTo("confirmed")).body("providerId", equalTo(star));
        given().auth().oauth2(Tokens.admin("ad-1")).post("/api/v1/bookings/" + id + "/confirm").then().statusCode(409);

        assertThat(KafkaProbe.await("booking-events",
                r -> id.equals(r.key()) && "converge.booking.BookingConfirmed".equals(KafkaProbe.header(r, "ce_type")),
                Duration.ofSeconds(20))).singleElement().satisfies(r -> assertThat(r.value()).contains(star));
    }

    @Test
    void withNobodyFreeConfirmingIsAConflictAndTheBookingStaysPending() throws Exception {
        long customer = Fixtures.registeredCustomer();
        String pincode = Fixtures.freshPincode();
        long address = Fixtures.addressOf(customer, "KA", pincode);
        LocalDate day = Fixtures.futureDay();
        Fixtures.provider(pincode, "4.50", List.of(17), day, "08:00"); // open at another time only
        String id = Fixtures.booking(customer, address, Fixtures.standardRateCard(17), day, "10:00");

        given().auth().oauth2(Tokens.admin("ad-1")).post("/api/v1/bookings/" + id + "/confirm").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:converge:problem:no-provider-available"));
        given().auth().oauth2(Tokens.admin("ad-1")).get("/api/v1/bookings/" + id).then().body("status", equalTo("pending"));
    }

    @Test
    void parallelConfirmationsNeverDoubleBookAProvidersSlot() throws Exception {
        String pincode = Fixtures.freshPincode();
        LocalDate day = Fixtures.futureDay();
        String first = Fixtures.provider(pincode, "4.80", List.of(17), day, "14:00");
        String second = Fixtures.provider(pincode, "4.10", List.of(17), day, "14:00");
        long card = Fixtures.standardRateCard(17);
        List<String> bookings = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long customer = Fixtures.registeredCustomer();
            bookings.add(Fixtures.booking(customer, Fixtures.addressOf(customer, "KA", pincode), card, day, "14:00"));
        }

        List<ExtractableResponse<Response>> answers = Fixtures.inParallel(bookings, id ->
                given().auth().oauth2(Tokens.admin("ad-1")).post("/api/v1/bookings/" + id + "/confirm").then().extract());

        List<String> assigned = answers.stream().filter(a -> a.statusCode() == 200).map(a -> a.<String>path("providerId")).toList();
        assertThat(assigned).containsExactlyInAnyOrder(first, second);
        assertThat(answers.stream().filter(a -> a.statusCode() == 409).count()).isEqualTo(4);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM provider_assignment WHERE provider_id IN (?, ?)", first, second)).isEqualTo(2);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM booking WHERE pincode = ? AND status = 'CONFIRMED'", pincode)).isEqualTo(2);
    }

    @Test
    void parallelCompletionsGetConsecutiveInvoiceNumbersWithoutGaps() throws Exception {
        String pincode = Fixtures.freshPincode();
        LocalDate day = Fixtures.futureDay();
        String[] slots = {"08:00", "10:00", "12:00", "14:00", "16:00", "18:00"};
        String provider = Fixtures.provider(pincode, "4.50", List.of(17), day, slots);
        long card = Fixtures.standardRateCard(17);
        List<String> bookings = new ArrayList<>();
        for (String slot : slots) {
            long customer = Fixtures.registeredCustomer();
            String id = Fixtures.booking(customer, Fixtures.addressOf(customer, "KA", pincode), card, day, slot);
            given().auth().oauth2(Tokens.admin("ad-1")).post("/api/v1/bookings/" + id + "/confirm").then().statusCode(200)
                    .body("providerId", equalTo(provider));
            given().auth().oauth2(Tokens.admin("ad-1")).post("/api/v1/bookings/" + id + "/start").then().statusCode(200)
                    .body("status", equalTo("in_progress"));
            bookings.add(id);
        }

        List<ExtractableResponse<Response>> answers = Fixtures.inParallel(bookings, id ->
                given().auth().oauth2(Tokens.admin("ad-1")).post("/api/v1/bookings/" + id + "/complete").then().extract());

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(200));
        Set<String> numbers = new TreeSet<>();
        answers.forEach(a -> numbers.add(a.path("invoiceNumber")));
        assertThat(numbers).hasSize(6).allSatisfy(n -> assertThat(n).matches("BK/\\d{4}/\\d{6}").hasSizeLessThanOrEqualTo(16));
        try (Connection db = TestDatabase.connect("booking_test");
             ResultSet rows = db.createStatement().executeQuery(
                     "SELECT financial_year, MIN(sequence_number), MAX(sequence_number), COUNT(*) FROM tax_invoice WHERE series = 'BK' GROUP BY financial_year")) {
            while (rows.next()) {
                assertThat(rows.getLong(2)).isEqualTo(1);
                assertThat(rows.getLong(3)).as("no gaps").isEqualTo(rows.getLong(4));
            }
        }
    }

    @Test
    void aCompletedBookingHasATaxInvoiceAsJsonAndAsAPrintablePage() throws Exception {
        long customer = Fixtures.registeredCustomer();
        String pincode = Fixtures.freshPincode();
        long address = Fixtures.addressOf(customer, "KA", pincode);
        LocalDate day = Fixtures.futureDay();
        String provider = Fixtures.provider(pincode, "4.50", List.of(17), day, "16:00");
        String id = Fixtures.booking(customer, address, Fixtures.standardRateCard(17), day, "16:00");
        given().auth().oauth2(Tokens.customer(customer)).get("/api/v1/bookings/" + id + "/invoice").then().statusCode(404);
        given().auth().oauth2(Tokens.admin("ad-1")).post("/api/v1/bookings/" + id + "/confirm").then().statusCode(200);
        given().auth().oauth2(Tokens.admin("ad-1")).post("/api/v1/bookings/" + id + "/start").then().statusCode(200);
        String number = given().auth().oauth2(Tokens.admin("ad-1")).post("/api/v1/bookings/" + id + "/complete").then()
                .statusCode(200).body("status", equalTo("completed")).extract().path("invoiceNumber");

        given().auth().oauth2(Tokens.customer(customer)).accept(ContentType.JSON).get("/api/v1/bookings/" + id + "/invoice")
                .then().statusCode(200)
                .body("number", equalTo(number))
                .body("supplierState", equalTo("KA"))
                .body("lines.size()", equalTo(1))
                .body("lines[0].cgst", equalTo(given().auth().oauth2(Tokens.admin("a")).get("/api/v1/bookings/" + id)
                        .then().extract().path("cgst")));
        given().auth().oauth2(Tokens.customer(customer)).accept(ContentType.HTML).get("/api/v1/bookings/" + id + "/invoice")
                .then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("Tax invoice")).body(containsString(number)).body(containsString("Karnataka"));
        given().auth().oauth2(Tokens.customer(customer + 1)).get("/api/v1/bookings/" + id + "/invoice").then().statusCode(404);

        assertThat(KafkaProbe.await("booking-events",
                r -> id.equals(r.key()) && "converge.booking.BookingCompleted".equals(KafkaProbe.header(r, "ce_type")),
                Duration.ofSeconds(20))).singleElement()
                .satisfies(r -> assertThat(r.value()).contains(number.replace("/", "/")).contains(provider));
    }
}
