package com.converge.callqueue.adapter.inbound.messaging;

import static com.converge.callqueue.CallQueueFixtures.awaitCount;
import static com.converge.callqueue.CallQueueFixtures.claim;
import static com.converge.callqueue.CallQueueFixtures.count;
import static com.converge.callqueue.CallQueueFixtures.deactivate;
import static com.converge.callqueue.CallQueueFixtures.drain;
import static com.converge.callqueue.CallQueueFixtures.newCustomer;
import static com.converge.callqueue.CallQueueFixtures.publish;
import static com.converge.callqueue.CallQueueFixtures.text;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.converge.kernel.testing.KafkaProbe;
import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** booking-events on the real broker: new leads, conversions with attribution, clawbacks. */
@QuarkusTest
class BookingEventsConsumerTest {

    private final List<Long> customers = new ArrayList<>();

    @AfterEach
    void cleanUp() throws Exception {
        deactivate(customers);
    }

    @Test
    void aRegisteredCustomerBecomesALeadAtScoreZeroOnceHoweverOftenTheEventArrives() throws Exception {
        long customer = customer();
        String eventId = UUID.randomUUID().toString();
        registered(eventId, customer);
        registered(eventId, customer);
        long marker = customer();
        registered(UUID.randomUUID().toString(), marker);

        awaitCount(1, "SELECT COUNT(*) FROM queue_entry WHERE customer_id = ?", marker);
        assertThat(count("SELECT COUNT(*) FROM queue_entry WHERE customer_id = ? AND queue = 'UNSIGNED_USERS' AND score = 0 "
                + "AND source = 'registration' AND active", customer)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM inbox_event WHERE event_id = ?", eventId)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM score_change WHERE entry_id = "
                + "(SELECT id FROM queue_entry WHERE customer_id = ?) AND cause = 'entered unsigned_users'", customer)).isEqualTo(1);
    }

    @Test
    void aCalledLeadsFirstBookingIsAConversionSplitBetweenTheAgentsAndACancellationClawsItBack() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String helper = "a-helper-" + suffix;
        String closer = "a-closer-" + suffix;
        long customer = customer();
        drain("unsigned_users");
        registered(UUID.randomUUID().toString(), customer);
        awaitCount(1, "SELECT COUNT(*) FROM queue_entry WHERE customer_id = ?", customer);
        String entry = text("SELECT id FROM queue_entry WHERE customer_id = ?", customer);
        call(entry, helper, "no_answer");
        call(entry, closer, "connected");

        String bookingId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        bookingCreated(eventId, bookingId, customer, "2000.00");
        bookingCreated(eventId, bookingId, customer, "2000.00");

        awaitCount(1, "SELECT COUNT(*) FROM conversion WHERE reference_id = ?", bookingId);
        assertThat(text("SELECT primary_agent FROM conversion WHERE reference_id = ?", bookingId)).isEqualTo(closer);
        assertThat(text("SELECT commission_amount FROM conversion WHERE reference_id = ?", bookingId)).isEqualTo("100.00");
        assertThat(text("SELECT s.commission_amount FROM conversion_share s JOIN conversion c ON c.id = s.conversion_id "
                + "WHERE c.reference_id = ? AND s.agent_id = ?", bookingId, closer)).isEqualTo("70.00");
        assertThat(text("SELECT s.commission_amount FROM conversion_share s JOIN conversion c ON c.id = s.conversion_id "
                + "WHERE c.reference_id = ? AND s.agent_id = ?", bookingId, helper)).isEqualTo("30.00");
        assertThat(count("SELECT COUNT(*) FROM queue_entry WHERE id = ? AND active", entry)).isZero();
        List<ConsumerRecord<String, String>> published = KafkaProbe.await("callqueue-events",
                r -> r.value().contains(bookingId) && KafkaProbe.header(r, "ce_type").endsWith("ConversionRecorded"),
                Duration.ofSeconds(20));
        assertThat(published).hasSize(1);
        assertThat(published.get(0).value()).contains("\"primaryAgent\":\"" + closer + "\"", "\"conversionType\":\"booking\"");

        dashboard(closer).then().statusCode(200)
                .body("calls", equalTo(1)).body("connects", equalTo(1)).body("conversions", equalTo(1))
                .body("conversionValue", equalTo(2000.0f)).body("commission", equalTo(70.0f));

        String cancelId = UUID.randomUUID().toString();
        bookingCancelled(cancelId, bookingId, customer);
        bookingCancelled(cancelId, bookingId, customer);
        awaitCount(1, "SELECT COUNT(*) FROM conversion WHERE reference_id = ? AND clawed_back_at IS NOT NULL", bookingId);
        dashboard(closer).then().statusCode(200)
                .body("conversions", equalTo(0)).body("commission", equalTo(0.0f)).body("clawedBack", equalTo(70.0f));
    }

    @Test
    void aRefundOfAConvertedBookingDeliveredTwiceClawsTheCommissionBackOnce() throws Exception {
        long customer = customer();
        registered(UUID.randomUUID().toString(), customer);
        awaitCount(1, "SELECT COUNT(*) FROM queue_entry WHERE customer_id = ?", customer);
        String bookingId = UUID.randomUUID().toString();
        bookingCreated(UUID.randomUUID().toString(), bookingId, customer, "750.00");
        awaitCount(1, "SELECT COUNT(*) FROM conversion WHERE reference_id = ?", bookingId);

        String refundEvent = UUID.randomUUID().toString();
        refundIssued(refundEvent, bookingId, customer);
        refundIssued(refundEvent, bookingId, customer);

        awaitCount(1, "SELECT COUNT(*) FROM conversion WHERE reference_id = ? AND clawed_back_at IS NOT NULL", bookingId);
        awaitCount(1, "SELECT COUNT(*) FROM inbox_event WHERE event_id = ?", refundEvent);
    }

    @Test
    void aMalformedBookingEventGoesToTheDeadLetterTopicAndTheNextOneIsStillHandled() throws Exception {
        String badKey = "bad-booking-" + UUID.randomUUID();
        publish("BookingCreated", UUID.randomUUID().toString(), badKey, "{\"customerId\":\"not a number\"}");
        long customer = customer();
        registered(UUID.randomUUID().toString(), customer);

        awaitCount(1, "SELECT COUNT(*) FROM queue_entry WHERE customer_id = ?", customer);
        assertThat(KafkaProbe.await("booking-events-dlq", r -> badKey.equals(r.key()), Duration.ofSeconds(20)))
                .singleElement()
                .satisfies(r -> assertThat(KafkaProbe.header(r, "dead-letter-reason")).contains("does not fit BookingCreated"));
    }

    @Test
    void aBookingBySomeoneWhoIsNotALeadIsNoConversion() throws Exception {
        long customer = customer();
        String bookingId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        bookingCreated(eventId, bookingId, customer, "500.00");

        awaitCount(1, "SELECT COUNT(*) FROM inbox_event WHERE event_id = ?", eventId);
        assertThat(count("SELECT COUNT(*) FROM conversion WHERE reference_id = ?", bookingId)).isZero();
    }

    private static void call(String entry, String agent, String outcome) {
        claim("unsigned_users", agent).then().statusCode(200).body("id", equalTo(entry));
        given().auth().oauth2(Tokens.agent(agent)).contentType("application/json")
                .body("{\"outcome\":\"" + outcome + "\",\"durationSeconds\":40}")
                .post("/api/v1/entries/" + entry + "/outcomes").then().statusCode(201);
    }

    private static Response dashboard(String agent) {
        return given().auth().oauth2(Tokens.agent(agent))
                .queryParam("from", Instant.now().minus(Duration.ofDays(1)).toString())
                .queryParam("to", Instant.now().plus(Duration.ofDays(1)).toString())
                .get("/api/v1/agents/" + agent + "/dashboard");
    }

    static void registered(String eventId, long customer) {
        publish("CustomerRegistered", eventId, Long.toString(customer), """
                {"customerId":%d,"name":"Asha","phone":"+919800000000","email":"asha@example.in","referralCode":"ASHA1",
                 "referredBy":null,"registeredAt":"%s"}""".formatted(customer, Instant.now()));
    }

    private static void bookingCreated(String eventId, String bookingId, long customer, String amount) {
        publish("BookingCreated", eventId, bookingId, """
                {"bookingId":"%s","customerId":%d,"itemCount":1,"totalAmount":%s,"pincode":"560001",
                 "firstSlotStart":"%s","createdAt":"%s"}""".formatted(bookingId, customer, amount,
                Instant.now().plus(Duration.ofDays(1)), Instant.now()));
    }

    private static void bookingCancelled(String eventId, String bookingId, long customer) {
        publish("BookingCancelled", eventId, bookingId, """
                {"bookingId":"%s","customerId":%d,"reason":"changed plans","cancelledBy":"customer","feeAmount":0,
                 "refundAmount":2000.00,"cancelledAt":"%s"}""".formatted(bookingId, customer, Instant.now()));
    }

    private static void refundIssued(String eventId, String bookingId, long customer) {
        publish("RefundIssued", eventId, bookingId, """
                {"refundId":"%s","bookingId":"%s","customerId":%d,"amount":750.00,"destination":"wallet",
                 "reason":"service not delivered","creditNoteNumber":"CN-1","issuedAt":"%s"}"""
                .formatted(UUID.randomUUID(), bookingId, customer, Instant.now()));
    }

    private long customer() {
        long customer = newCustomer();
        customers.add(customer);
        return customer;
    }
}
