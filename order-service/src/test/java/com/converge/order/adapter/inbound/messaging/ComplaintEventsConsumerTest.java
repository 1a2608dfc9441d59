package com.converge.order.adapter.inbound.messaging;

import static com.converge.order.Shop.count;
import static com.converge.order.Shop.newCustomer;
import static com.converge.order.Shop.placedOrder;
import static com.converge.order.Shop.product;
import static com.converge.order.Shop.text;
import static com.converge.order.Shop.uniqueSku;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.converge.order.Shop;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ComplaintEventsConsumerTest {

    @Test
    void aComplaintResolvedWithAnOrderRefundRefundsTheOrderOnce() throws Exception {
        String sku = uniqueSku("CMP");
        product(sku, 5, "400.00");
        long customer = newCustomer();
        String id = placedOrder(customer, "prepaid", sku, 1);
        String complaint = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();

        complaintResolved(eventId, complaint, customer, id, "150.00");
        complaintResolved(eventId, complaint, customer, id, "150.00");
        // the same complaint resolved again (a new event id) still refunds once
        complaintResolved(UUID.randomUUID().toString(), complaint, customer, id, "150.00");
        String marker = UUID.randomUUID().toString();
        complaintResolved(UUID.randomUUID().toString(), marker, customer, id, "10.00");

        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT COUNT(*) FROM refund WHERE source = ?", "complaint:" + marker) == 1);
        assertThat(count("SELECT COUNT(*) FROM refund WHERE source = ?", "complaint:" + complaint)).isEqualTo(1);
        assertThat(text("SELECT refunded FROM customer_order WHERE id = ?", id)).isEqualTo("160.00");
        assertThat(count("SELECT COUNT(*) FROM inbox_event WHERE event_id = ?", eventId)).isEqualTo(1);
    }

    private static void complaintResolved(String eventId, String complaintId, long customer, String orderId, String amount) {
        String data = """
                {"complaintId":"%s","customerId":%d,"bookingId":null,"orderId":"%s","resolutionSummary":"Late parcel",
                 "compensation":"order_refund","compensationAmount":%s,"resolvedBy":"s-1","resolvedAt":"%s"}
                """.formatted(complaintId, customer, orderId, amount, Instant.now());
        Shop.publish("complaint-events", "complaint", "ComplaintResolved", eventId, complaintId, data);
    }
}
