package com.converge.callqueue.adapter.inbound.messaging;

import static com.converge.callqueue.CallQueueFixtures.awaitCount;
import static com.converge.callqueue.CallQueueFixtures.count;
import static com.converge.callqueue.CallQueueFixtures.deactivate;
import static com.converge.callqueue.CallQueueFixtures.newCustomer;
import static com.converge.callqueue.CallQueueFixtures.publish;
import static com.converge.callqueue.CallQueueFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** ComplaintEscalated, SlaBreached and CustomerAtRisk: each a callback due now, one entry per customer. */
@QuarkusTest
class ComplaintAttentionTest {

    private final List<Long> customers = new ArrayList<>();

    @AfterEach
    void cleanUp() throws Exception {
        deactivate(customers);
    }

    @Test
    void anEscalationDeliveredTwiceIsOneCallbackDueNow() throws Exception {
        long customer = customer();
        String complaintId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        escalated(eventId, complaintId, customer);
        escalated(eventId, complaintId, customer);
        long marker = customer();
        escalated(UUID.randomUUID().toString(), UUID.randomUUID().toString(), marker);

        awaitCount(1, "SELECT COUNT(*) FROM queue_entry WHERE customer_id = ?", marker);
        assertThat(count("SELECT COUNT(*) FROM queue_entry WHERE customer_id = ? AND queue = 'OUTSTANDING_REQUESTS' "
                + "AND source = 'complaint_escalated' AND complaint_id = ? AND callback_due_at <= UTC_TIMESTAMP(6)",
                customer, complaintId)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM inbox_event WHERE event_id = ?", eventId)).isEqualTo(1);
    }

    @Test
    void aBreachedSlaDeliveredTwiceIsOneCallback() throws Exception {
        long customer = customer();
        String complaintId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        breached(eventId, complaintId, customer);
        breached(eventId, complaintId, customer);
        long marker = customer();
        breached(UUID.randomUUID().toString(), UUID.randomUUID().toString(), marker);

        awaitCount(1, "SELECT COUNT(*) FROM queue_entry WHERE customer_id = ?", marker);
        assertThat(count("SELECT COUNT(*) FROM queue_entry WHERE customer_id = ? AND source = 'sla_breached' "
                + "AND callback_reason LIKE 'resolution SLA breached%'", customer)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM inbox_event WHERE event_id = ?", eventId)).isEqualTo(1);
    }

    @Test
    void aCustomerAtRiskDeliveredTwiceIsOneCallbackAndALaterEscalationUpdatesThatEntry() throws Exception {
        long customer = customer();
        String eventId = UUID.randomUUID().toString();
        atRisk(eventId, customer);
        atRisk(eventId, customer);
        awaitCount(1, "SELECT COUNT(*) FROM queue_entry WHERE customer_id = ? AND source = 'customer_at_risk'", customer);

        String complaintId = UUID.randomUUID().toString();
        escalated(UUID.randomUUID().toString(), complaintId, customer);

        await().atMost(Duration.ofSeconds(30)).until(() ->
                complaintId.equals(text("SELECT complaint_id FROM queue_entry WHERE customer_id = ?", customer)));
        assertThat(count("SELECT COUNT(*) FROM queue_entry WHERE customer_id = ?", customer)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM inbox_event WHERE event_id = ?", eventId)).isEqualTo(1);
    }

    static void escalated(String eventId, String complaintId, long customer) {
        publish("ComplaintEscalated", eventId, complaintId, """
                {"complaintId":"%s","customerId":%d,"priority":"high","level":2,"reason":"no response",
                 "escalatedAt":"%s"}""".formatted(complaintId, customer, Instant.now()));
    }

    static void breached(String eventId, String complaintId, long customer) {
        publish("SlaBreached", eventId, complaintId, """
                {"complaintId":"%s","customerId":%d,"priority":"critical","clock":"resolution","dueAt":"%s",
                 "breachedAt":"%s"}""".formatted(complaintId, customer, Instant.now().minusSeconds(60), Instant.now()));
    }

    static void atRisk(String eventId, long customer) {
        publish("CustomerAtRisk", eventId, Long.toString(customer), """
                {"customerId":%d,"score":28,"previousScore":55,"reason":"two breached complaints","detectedAt":"%s"}"""
                .formatted(customer, Instant.now()));
    }

    private long customer() {
        long customer = newCustomer();
        customers.add(customer);
        return customer;
    }
}
