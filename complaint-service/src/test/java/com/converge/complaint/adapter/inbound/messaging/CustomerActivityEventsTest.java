package com.converge.complaint.adapter.inbound.messaging;

import static com.converge.complaint.CustomerEvents.awaitCount;
import static com.converge.complaint.CustomerEvents.bookingCompleted;
import static com.converge.complaint.CustomerEvents.callCompleted;
import static com.converge.complaint.CustomerEvents.orderDelivered;
import static com.converge.complaint.CustomerEvents.referralCredited;
import static com.converge.complaint.CustomerEvents.refundIssued;
import static com.converge.complaint.KnownPurchases.count;
import static com.converge.complaint.KnownPurchases.knownBooking;
import static com.converge.complaint.KnownPurchases.knownOrder;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.converge.kernel.testing.KafkaProbe;
import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Booking, order and call events on the real broker become milestones, interactions and health, each once. */
@QuarkusTest
class CustomerActivityEventsTest {

    private static final AtomicLong CUSTOMERS = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 100 + 80_000_000);

    @Test
    void completedBookingsDeliveredOrdersAndReferralsAreMilestonesEachReachedOnce() throws Exception {
        long customer = CUSTOMERS.incrementAndGet();
        for (int i = 0; i < 5; i++) {
            bookingCompleted(UUID.randomUUID().toString(), knownBooking(customer), customer);
        }
        orderDelivered(UUID.randomUUID().toString(), knownOrder(customer), customer);
        String referral = UUID.randomUUID().toString();
        referralCredited(referral, customer);
        referralCredited(UUID.randomUUID().toString(), customer);

        awaitCount(4, "SELECT COUNT(*) FROM customer_milestone WHERE customer_id = ?", customer);
        given().auth().oauth2(Tokens.customer(customer)).get("/api/v1/customers/" + customer + "/milestones").then()
                .statusCode(200)
                .body("milestone", org.hamcrest.Matchers.containsInAnyOrder("first_booking_completed",
                        "fifth_booking_completed", "first_order_delivered", "first_referral"))
                .body("find { it.milestone == 'first_referral' }.source", equalTo("wal-" + referral));
        given().auth().oauth2(Tokens.customer(customer + 1)).get("/api/v1/customers/" + customer + "/milestones").then()
                .statusCode(404);
    }

    @Test
    void aRedeliveredRefundOrCompletionChangesNothingTheSecondTime() throws Exception {
        long customer = CUSTOMERS.incrementAndGet();
        String booking = knownBooking(customer);
        String refund = UUID.randomUUID().toString();
        String completion = UUID.randomUUID().toString();
        bookingCompleted(completion, booking, customer);
        bookingCompleted(completion, booking, customer);
        refundIssued(refund, booking, customer);
        refundIssued(refund, booking, customer);
        // a later event proves the consumer went past every copy
        String marker = UUID.randomUUID().toString();
        referralCredited(marker, customer);
        awaitCount(1, "SELECT COUNT(*) FROM customer_milestone WHERE customer_id = ? AND milestone = 'FIRST_REFERRAL'", customer);

        assertThat(count("SELECT refund_count FROM purchase WHERE id = ?", booking)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM inbox_event WHERE event_id IN (?, ?)", refund, completion)).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM customer_milestone WHERE customer_id = ?", customer)).isEqualTo(2);
    }

    @Test
    void aCompletedCallIsASupportInteractionOnceEvenWhenDeliveredTwice() throws Exception {
        long customer = CUSTOMERS.incrementAndGet();
        String eventId = UUID.randomUUID().toString();
        String callId = "call-" + UUID.randomUUID();
        callCompleted(eventId, callId, customer);
        callCompleted(eventId, callId, customer);
        // the same call announced again under a new event id is still one call
        callCompleted(UUID.randomUUID().toString(), callId, customer);
        String later = "call-" + UUID.randomUUID();
        callCompleted(UUID.randomUUID().toString(), later, customer);
        awaitCount(1, "SELECT COUNT(*) FROM support_call WHERE call_id = ?", later);

        assertThat(count("SELECT COUNT(*) FROM support_call WHERE customer_id = ?", customer)).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM inbox_event WHERE event_id = ?", eventId)).isEqualTo(1);
        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/customers/" + customer + "/interactions").then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items.kind", contains("call", "call"))
                .body("items[0].summary", equalTo("outstanding_requests: connected (180s)"))
                .body("nextCursor", nullValue());
    }

    @Test
    void callsAndPublicComplaintMessagesArePagedNewestFirstWithoutInternalNotes() {
        long customer = CUSTOMERS.incrementAndGet();
        String call = "call-" + UUID.randomUUID();
        callCompleted(UUID.randomUUID().toString(), call, customer);
        awaitCount(1, "SELECT COUNT(*) FROM support_call WHERE call_id = ?", call);
        String complaint = given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON)
                .body("{\"type\":\"delay\",\"priority\":\"low\",\"subject\":\"Late\",\"description\":\"Late again\"}")
                .post("/api/v1/complaints").then().statusCode(201).extract().path("id");
        comment(Tokens.customer(customer), complaint, "{\"body\":\"Still waiting\"}");
        comment(Tokens.support("s-1"), complaint, "{\"body\":\"Customer sounds upset\",\"internal\":true}");
        comment(Tokens.support("s-1"), complaint, "{\"body\":\"A technician comes at 4 pm\"}");

        String next = given().auth().oauth2(Tokens.customer(customer)).queryParam("limit", 2)
                .get("/api/v1/customers/" + customer + "/interactions").then().statusCode(200)
                .body("items.summary", contains("A technician comes at 4 pm", "Still waiting"))
                .body("items.kind", contains("complaint_message", "complaint_message"))
                .body("items[0].complaintId", equalTo(complaint))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        given().auth().oauth2(Tokens.customer(customer)).queryParam("limit", 2).queryParam("cursor", next)
                .get("/api/v1/customers/" + customer + "/interactions").then().statusCode(200)
                .body("items.id", contains(call))
                .body("nextCursor", nullValue());

        given().auth().oauth2(Tokens.customer(customer + 1)).get("/api/v1/customers/" + customer + "/interactions").then()
                .statusCode(404);
        given().auth().oauth2(Tokens.support("s-1")).queryParam("limit", 0)
                .get("/api/v1/customers/" + customer + "/interactions").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(Tokens.support("s-1")).queryParam("cursor", "not-a-cursor")
                .get("/api/v1/customers/" + customer + "/interactions").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void aCallEventWhoseDataDoesNotFitGoesToTheDeadLetterTopicAndTheNextOneIsStillHandled() {
        String badKey = "bad-" + UUID.randomUUID();
        KafkaProbe.send("callqueue-events", badKey, "{\"customerId\":\"not a number\"}", Map.of(
                "ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_type", "converge.callqueue.CallCompleted",
                "ce_source", "/converge/callqueue-service", "content-type", "application/json"));
        String call = "call-" + UUID.randomUUID();
        callCompleted(UUID.randomUUID().toString(), call, CUSTOMERS.incrementAndGet());
        awaitCount(1, "SELECT COUNT(*) FROM support_call WHERE call_id = ?", call);

        assertThat(KafkaProbe.await("callqueue-events-dlq", r -> badKey.equals(r.key()), Duration.ofSeconds(20))).hasSize(1);
    }

    private static void comment(String token, String complaint, String body) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/complaints/" + complaint + "/updates").then().statusCode(201);
    }
}
