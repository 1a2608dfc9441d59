package com.converge.callqueue.adapter.outbound.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.converge.callqueue.CallQueueFixtures;
import com.converge.kernel.testing.Scrape;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The queues' depth and the age of their oldest due callback on /q/metrics follow the queue rows. */
@QuarkusTest
class QueueMetricsTest {

    @Test
    void depthPerQueueAndTheOldestDueCallbacksAgeReachTheScrape() throws Exception {
        long customer = CallQueueFixtures.newCustomer();
        try {
            CallQueueFixtures.insertOverdueEntry(customer, "outstanding_requests", null);
            String due = CallQueueFixtures.text("SELECT DATE_FORMAT(callback_due_at, '%Y-%m-%dT%H:%i:%sZ')"
                    + " FROM queue_entry WHERE customer_id = ?", customer);
            double waitedAtLeast = Duration.between(Instant.parse(due), Instant.now()).getSeconds();

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                assertThat(Scrape.value("converge_callqueue_depth", Map.of("queue", "outstanding_requests")))
                        .isEqualTo((double) CallQueueFixtures.count(
                                "SELECT COUNT(*) FROM queue_entry WHERE active AND queue = 'OUTSTANDING_REQUESTS'"));
                assertThat(Scrape.value("converge_callqueue_oldest_due_callback_age_seconds",
                        Map.of("queue", "outstanding_requests"))).isGreaterThanOrEqualTo(waitedAtLeast - 60);
            });
        } finally {
            CallQueueFixtures.deactivate(List.of(customer));
        }
    }
}
