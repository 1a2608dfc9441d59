package com.converge.booking.adapter.inbound.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.converge.booking.Fixtures;
import com.converge.kernel.testing.KafkaProbe;
import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** ComplaintResolved records on the real broker, written the way complaint-service's outbox writes them. */
@QuarkusTest
class ComplaintEventsConsumerTest {

    @Test
    void aComplaintResolvedWithAWalletCreditCreditsTheWalletAndPublishesWalletCredited() throws Exception {
        long customer = Fixtures.registeredCustomer();
        String complaint = UUID.randomUUID().toString();
        publishResolved(UUID.randomUUID().toString(), complaint, customer, "wallet_credit", "250.00");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.customer(customer))
                .get("/api/v1/customers/" + customer + "/wallet").then().body("balance", equalTo(250.0f))
                .body("entries[0].reason", equalTo("compensation"))
                .body("entries[0].reference", equalTo("complaint:" + complaint)));
        assertThat(KafkaProbe.await("booking-events",
                r -> Long.toString(customer).equals(r.key()) && "converge.booking.WalletCredited".equals(KafkaProbe.header(r, "ce_type")),
                Duration.ofSeconds(20))).singleElement();
    }

    @Test
    void theSameEventDeliveredTwiceAndASecondEventForTheComplaintCreditOnce() throws Exception {
        long customer = Fixtures.registeredCustomer();
        String complaint = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        publishResolved(eventId, complaint, customer, "wallet_credit", "100.00");
        publishResolved(eventId, complaint, customer, "wallet_credit", "100.00");
        String second = UUID.randomUUID().toString();
        publishResolved(second, complaint, customer, "wallet_credit", "100.00");
        // a later event for another customer proves the consumer went past all three
        long marker = Fixtures.registeredCustomer();
        String markerEvent = UUID.randomUUID().toString();
        publishResolved(markerEvent, UUID.randomUUID().toString(), marker, "wallet_credit", "1.00");

        await().atMost(Duration.ofSeconds(30)).until(() -> Fixtures.count("SELECT COUNT(*) FROM inbox_event WHERE event_id = ?", markerEvent) == 1);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM inbox_event WHERE event_id IN (?, ?)", eventId, second)).isEqualTo(2);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM wallet_entry WHERE customer_id = ?", customer)).isEqualTo(1);
        given().auth().oauth2(Tokens.admin("ad-1")).get("/api/v1/customers/" + customer + "/wallet").then()
                .body("balance", equalTo(100.0f));
    }

    @Test
    void aResolutionWithoutWalletCompensationChangesNoWallet() throws Exception {
        long customer = Fixtures.registeredCustomer();
        String eventId = UUID.randomUUID().toString();
        publishResolved(eventId, UUID.randomUUID().toString(), customer, "none", "0.00");

        await().atMost(Duration.ofSeconds(30)).until(() -> Fixtures.count("SELECT COUNT(*) FROM inbox_event WHERE event_id = ?", eventId) == 1);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM wallet_entry WHERE customer_id = ?", customer)).isZero();
    }

    @Test
    void compensationForAnUnknownCustomerGoesToTheDeadLetterTopic() {
        String complaint = UUID.randomUUID().toString();
        publishResolved(UUID.randomUUID().toString(), complaint, 999_999_999L, "wallet_credit", "10.00");
        assertThat(KafkaProbe.await("complaint-events-dlq", r -> complaint.equals(r.key()), Duration.ofSeconds(30)))
                .singleElement()
                .satisfies(r -> assertThat(KafkaProbe.header(r, "dead-letter-reason")).contains("999999999"));
    }

    static void publishResolved(String eventId, String complaintId, long customerId, String compensation, String amount) {
        String data = """
                {"complaintId":"%s","customerId":%d,"bookingId":null,"orderId":null,"resolutionSummary":"Refixed the tap",
                 "compensation":"%s","compensationAmount":%s,"resolvedBy":"s-1","resolvedAt":"%s"}
                """.formatted(complaintId, customerId, compensation, amount, Instant.now());
        KafkaProbe.send("complaint-events", complaintId, data, Map.of(
                "ce_specversion", "1.0",
                "ce_id", eventId,
                "ce_type", "converge.complaint.ComplaintResolved",
                "ce_source", "/converge/complaint-service",
                "ce_subject", complaintId,
                "ce_time", Instant.now().toString(),
                "ce_dataschema", "urn:converge:schema:complaint-events:ComplaintResolved:1",
                "content-type", "application/json"));
    }
}
