package com.converge.callqueue.adapter.inbound.messaging;

import static com.converge.callqueue.CallQueueFixtures.awaitCount;
import static com.converge.callqueue.CallQueueFixtures.callsOn;
import static com.converge.callqueue.CallQueueFixtures.count;
import static com.converge.callqueue.CallQueueFixtures.deactivate;
import static com.converge.callqueue.CallQueueFixtures.drain;
import static com.converge.callqueue.CallQueueFixtures.insertOverdueEntry;
import static com.converge.callqueue.CallQueueFixtures.newCustomer;
import static com.converge.callqueue.CallQueueFixtures.parkedUntil;
import static com.converge.callqueue.CallQueueFixtures.text;
import static com.converge.callqueue.CallQueueFixtures.utc;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.converge.callqueue.application.port.inbound.ReturnParkedEntriesUseCase;
import com.converge.callqueue.domain.CallingRules;
import com.converge.kernel.testing.MovableTimeSource;
import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every input event that puts a customer in a queue, for a customer no claim may call (on the
 * do-not-call list, or at today's attempt cap): the entry arrives parked, as the listing or the
 * capping call would have parked it, and a redelivered event parks nothing twice.
 */
@QuarkusTest
class ParkedOnArrivalTest {

    private static final LocalDateTime FOR_GOOD = utc(CallingRules.FOR_GOOD);

    /** Each event that admits a customer, as its producer sends it (event id, customer). */
    private static final Map<String, BiConsumer<String, Long>> ADMITTING_EVENTS = Map.of(
            "CustomerRegistered", BookingEventsConsumerTest::registered,
            "OrderVerificationRequested", (eventId, customer) ->
                    OrderEventsConsumerTest.verificationRequested(eventId, UUID.randomUUID().toString(), customer),
            "ComplaintCreated high", (eventId, customer) -> ComplaintEventsConsumerTest.publishComplaintCreated(
                    eventId, UUID.randomUUID().toString(), customer, "high"),
            "ComplaintCreated critical", (eventId, customer) -> ComplaintEventsConsumerTest.publishComplaintCreated(
                    eventId, UUID.randomUUID().toString(), customer, "critical"),
            "ComplaintEscalated", (eventId, customer) ->
                    ComplaintAttentionTest.escalated(eventId, UUID.randomUUID().toString(), customer),
            "SlaBreached", (eventId, customer) ->
                    ComplaintAttentionTest.breached(eventId, UUID.randomUUID().toString(), customer),
            "CustomerAtRisk", ComplaintAttentionTest::atRisk);

    @Inject
    MovableTimeSource clock;

    @Inject
    CallingRules rules;

    @Inject
    ReturnParkedEntriesUseCase parked;

    private final List<Long> customers = new ArrayList<>();

    @AfterEach
    void cleanUp() throws Exception {
        clock.reset();
        deactivate(customers);
    }

    @Test
    void everyReasonToCallACustomerOnTheDoNotCallListArrivesParkedForGoodOnceAndIsNeverClaimed() throws Exception {
        Map<String, Long> listed = new HashMap<>();
        Map<String, String> eventIds = new HashMap<>();
        ADMITTING_EVENTS.forEach((event, send) -> {
            long customer = customer();
            given().auth().oauth2(Tokens.customer(customer)).contentType("application/json")
                    .body("{\"reason\":\"asked on the phone\"}").post("/api/v1/do-not-call").then().statusCode(200);
            String eventId = UUID.randomUUID().toString();
            send.accept(eventId, customer);
            send.accept(eventId, customer);
            listed.put(event, customer);
            eventIds.put(event, eventId);
        });
        List<String> entries = new ArrayList<>();
        for (var event : ADMITTING_EVENTS.keySet()) {
            long customer = listed.get(event);
            awaitCount(1, "SELECT COUNT(*) FROM queue_entry WHERE customer_id = ?", customer);
            String entry = text("SELECT id FROM queue_entry WHERE customer_id = ?", customer);
            assertThat(parkedUntil(entry)).as(event).isEqualTo(FOR_GOOD);
            entries.add(entry);
        }
        awaitRedeliveriesHandled();

        for (var event : ADMITTING_EVENTS.keySet()) {
            assertThat(count("SELECT COUNT(*) FROM queue_entry WHERE customer_id = ?", listed.get(event)))
                    .as(event).isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM inbox_event WHERE event_id = ?", eventIds.get(event)))
                    .as(event).isEqualTo(1);
        }
        assertThat(drain("unsigned_users")).doesNotContainAnyElementsOf(entries);
        assertThat(drain("outstanding_requests")).doesNotContainAnyElementsOf(entries);
    }

    @Test
    void aReasonToCallACustomerWhoHadTodaysLastAllowedCallArrivesParkedUntilTheirNextDay() throws Throwable {
        long customer = customer();
        callsOn(customer, rules.window().dayOf(clock.now()), rules.dailyAttemptCap());
        String eventId = UUID.randomUUID().toString();
        BookingEventsConsumerTest.registered(eventId, customer);
        BookingEventsConsumerTest.registered(eventId, customer);
        ComplaintAttentionTest.breached(UUID.randomUUID().toString(), UUID.randomUUID().toString(), customer);

        awaitCount(2, "SELECT COUNT(*) FROM queue_entry WHERE customer_id = ?", customer);
        awaitRedeliveriesHandled();
        String lead = text("SELECT id FROM queue_entry WHERE customer_id = ? AND queue = 'UNSIGNED_USERS'", customer);
        String request = text("SELECT id FROM queue_entry WHERE customer_id = ? AND queue = 'OUTSTANDING_REQUESTS'", customer);
        Instant nextDay = rules.window().startOfNextDay(clock.now());
        assertThat(parkedUntil(lead)).isEqualTo(utc(nextDay));
        assertThat(parkedUntil(request)).isEqualTo(utc(nextDay));
        assertThat(count("SELECT COUNT(*) FROM inbox_event WHERE event_id = ?", eventId)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM score_change WHERE entry_id = ?", lead)).isEqualTo(1);
        assertThat(drain("unsigned_users")).doesNotContain(lead);
        assertThat(drain("outstanding_requests")).doesNotContain(request);

        clock.advance(Duration.between(clock.now(), nextDay).plusSeconds(1));
        VertxContextSupport.subscribeAndAwait(() -> parked.returnDue());

        assertThat(parkedUntil(lead)).isNull();
        assertThat(drain("unsigned_users")).contains(lead);
        assertThat(drain("outstanding_requests")).contains(request);
    }

    @Test
    void anotherReasonToCallACustomerAtTheCapParksTheEntryTheirCallInTheOtherQueueLeftWaiting() throws Exception {
        long customer = customer();
        // a call in the other queue that reached the cap parks only the entry it was made on
        String request = insertOverdueEntry(customer, "outstanding_requests", null);
        callsOn(customer, rules.window().dayOf(clock.now()), rules.dailyAttemptCap());
        String complaintId = UUID.randomUUID().toString();

        ComplaintAttentionTest.escalated(UUID.randomUUID().toString(), complaintId, customer);

        await().atMost(Duration.ofSeconds(30)).until(() ->
                complaintId.equals(text("SELECT complaint_id FROM queue_entry WHERE id = ?", request)));
        assertThat(parkedUntil(request)).isEqualTo(utc(rules.window().startOfNextDay(clock.now())));
        assertThat(count("SELECT COUNT(*) FROM queue_entry WHERE customer_id = ?", customer)).isEqualTo(1);
        assertThat(drain("outstanding_requests")).doesNotContain(request);
    }

    /** A fresh event on each topic, handled after the redeliveries sent before it. */
    private void awaitRedeliveriesHandled() {
        long lead = customer();
        long request = customer();
        long atRisk = customer();
        BookingEventsConsumerTest.registered(UUID.randomUUID().toString(), lead);
        OrderEventsConsumerTest.verificationRequested(UUID.randomUUID().toString(), UUID.randomUUID().toString(), request);
        ComplaintAttentionTest.atRisk(UUID.randomUUID().toString(), atRisk);
        for (long marker : List.of(lead, request, atRisk)) {
            awaitCount(1, "SELECT COUNT(*) FROM queue_entry WHERE customer_id = ?", marker);
        }
    }

    private long customer() {
        long customer = newCustomer();
        customers.add(customer);
        return customer;
    }
}
