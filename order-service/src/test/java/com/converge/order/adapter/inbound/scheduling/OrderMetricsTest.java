package com.converge.order.adapter.inbound.scheduling;

import static com.converge.order.Shop.count;
import static com.converge.order.Shop.newCustomer;
import static com.converge.order.Shop.placedOrder;
import static com.converge.order.Shop.product;
import static com.converge.order.Shop.text;
import static com.converge.order.Shop.uniqueSku;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.converge.kernel.testing.MovableTimeSource;
import com.converge.kernel.testing.Scrape;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Orders by status, held reservations and expiries on /q/metrics follow what the shop did. */
@QuarkusTest
class OrderMetricsTest {

    @Inject
    MovableTimeSource clock;

    @Test
    void ordersByStatusActiveReservationsAndExpiriesReachTheScrape() throws Exception {
        String sku = uniqueSku("MET");
        product(sku, 5, "100.00");
        String order = placedOrder(newCustomer(), "prepaid", sku, 1);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(Scrape.value("converge_orders", Map.of("status", "pending")))
                    .isEqualTo((double) count("SELECT COUNT(*) FROM customer_order WHERE status = 'PENDING'"));
            assertThat(Scrape.value("converge_reservations_active"))
                    .isEqualTo((double) count("SELECT COUNT(*) FROM reservation WHERE status = 'RESERVED'"))
                    .isPositive();
        });
        double expiredBefore = Scrape.value("converge_reservations_expired_total");
        assertThat(expiredBefore).isNotNaN();

        clock.advance(Duration.ofMinutes(31));
        await().atMost(Duration.ofSeconds(20)).until(() -> "EXPIRED".equals(text("SELECT status FROM reservation WHERE order_id = ?", order)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(Scrape.value("converge_reservations_expired_total")).isGreaterThanOrEqualTo(expiredBefore + 1);
            assertThat(Scrape.value("converge_orders", Map.of("status", "cancelled")))
                    .isEqualTo((double) count("SELECT COUNT(*) FROM customer_order WHERE status = 'CANCELLED'"))
                    .isPositive();
        });
    }
}
