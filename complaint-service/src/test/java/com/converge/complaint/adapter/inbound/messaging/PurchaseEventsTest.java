package com.converge.complaint.adapter.inbound.messaging;

import static com.converge.complaint.KnownPurchases.awaitRecorded;
import static com.converge.complaint.KnownPurchases.count;
import static com.converge.complaint.KnownPurchases.knownBooking;
import static com.converge.complaint.KnownPurchases.knownOrder;
import static com.converge.complaint.KnownPurchases.publishBookingCreated;
import static com.converge.complaint.KnownPurchases.publishOrderPlaced;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.converge.kernel.testing.KafkaProbe;
import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** BookingCreated and OrderPlaced on the real broker make bookings and orders referenceable by complaints. */
@QuarkusTest
class PurchaseEventsTest {

    private static final AtomicLong CUSTOMERS = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 100 + 70_000_000);

    private static String complaintAbout(String field, String id) {
        return """
                {"type":"damage","priority":"medium","subject":"Damaged","description":"Arrived broken","%s":"%s"}
                """.formatted(field, id);
    }

    @Test
    void aCustomerComplainsAboutTheirOwnBookingAndOrder() {
        long customer = CUSTOMERS.incrementAndGet();
        String booking = knownBooking(customer);
        String order = knownOrder(customer);

        given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON).body(complaintAbout("bookingId", booking))
                .post("/api/v1/complaints").then().statusCode(201).body("bookingId", equalTo(booking));
        given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON).body(complaintAbout("orderId", order))
                .post("/api/v1/complaints").then().statusCode(201).body("orderId", equalTo(order));
    }

    @Test
    void anUnknownBookingOrAnotherCustomersOrderIsRefusedAndNothingIsStored() throws Exception {
        long customer = CUSTOMERS.incrementAndGet();
        long other = CUSTOMERS.incrementAndGet();
        String othersOrder = knownOrder(other);
        String othersBooking = knownBooking(other);
        long before = count("SELECT COUNT(*) FROM complaint WHERE customer_id = ?", customer);

        given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON)
                .body(complaintAbout("bookingId", UUID.randomUUID().toString()))
                .post("/api/v1/complaints").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:converge:problem:business-rule"))
                .body("errors[0].field", equalTo("bookingId"));
        given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON).body(complaintAbout("orderId", othersOrder))
                .post("/api/v1/complaints").then().statusCode(422).body("errors[0].field", equalTo("orderId"));
        given().auth().oauth2(Tokens.support("s-1")).contentType(ContentType.JSON)
                .body("""
                        {"customerId":%d,"type":"delay","priority":"low","subject":"Late","description":"Late","bookingId":"%s"}
                        """.formatted(customer, othersBooking))
                .post("/api/v1/complaints").then().statusCode(422).body("errors[0].field", equalTo("bookingId"));
        assertThat(count("SELECT COUNT(*) FROM complaint WHERE customer_id = ?", customer)).isEqualTo(before);
    }

    @Test
    void theSameBookingCreatedDeliveredTwiceIsRecordedOnce() throws Exception {
        long customer = CUSTOMERS.incrementAndGet();
        String eventId = UUID.randomUUID().toString();
        String booking = UUID.randomUUID().toString();
        publishBookingCreated(eventId, booking, customer, "1499.00");
        publishBookingCreated(eventId, booking, customer, "1499.00");
        // a later event proves the consumer went past both copies
        awaitRecorded(knownBooking(customer));

        assertThat(count("SELECT COUNT(*) FROM purchase WHERE id = ?", booking)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM inbox_event WHERE event_id = ?", eventId)).isEqualTo(1);
    }

    @Test
    void theSameOrderPlacedDeliveredTwiceIsRecordedOnce() throws Exception {
        long customer = CUSTOMERS.incrementAndGet();
        String eventId = UUID.randomUUID().toString();
        String order = UUID.randomUUID().toString();
        publishOrderPlaced(eventId, order, customer, "799.50");
        publishOrderPlaced(eventId, order, customer, "799.50");
        awaitRecorded(knownOrder(customer));

        assertThat(count("SELECT COUNT(*) FROM purchase WHERE id = ?", order)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM inbox_event WHERE event_id = ?", eventId)).isEqualTo(1);
    }

    @Test
    void anEventWhoseDataDoesNotFitGoesToTheDeadLetterTopicAndTheNextOneIsStillHandled() {
        String badKey = "bad-" + UUID.randomUUID();
        KafkaProbe.send("order-events", badKey, "{\"customerId\":\"not a number\"}", java.util.Map.of(
                "ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_type", "converge.order.OrderPlaced",
                "ce_source", "/converge/order-service", "content-type", "application/json"));
        knownOrder(CUSTOMERS.incrementAndGet());

        assertThat(KafkaProbe.await("order-events-dlq", r -> badKey.equals(r.key()), Duration.ofSeconds(20))).hasSize(1);
    }
}
