package com.converge.complaint.adapter.inbound.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.converge.kernel.testing.MovableTimeSource;
import com.converge.kernel.testing.Scrape;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The support desk's business gauges on /q/metrics follow the complaint rows. */
@QuarkusTest
class ComplaintMetricsTest {

    @Inject
    MovableTimeSource clock;

    @Test
    void openComplaintsByStatusAndPriorityAndBreachesPerClockReachTheScrape() throws Exception {
        String id = ComplaintsApi.raise(ComplaintsApi.newCustomer(), "critical");
        long openCritical = ComplaintsApi.count(
                "SELECT COUNT(*) FROM complaint WHERE status = 'OPEN' AND priority = 'CRITICAL'");
        assertThat(openCritical).isPositive();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                Scrape.value("converge_complaints_open", Map.of("status", "open", "priority", "critical")))
                .isEqualTo((double) ComplaintsApi.count(
                        "SELECT COUNT(*) FROM complaint WHERE status = 'OPEN' AND priority = 'CRITICAL'")));

        // a critical complaint's first response is due within the hour: past it, the monitor marks the breach
        clock.advance(Duration.ofMinutes(65));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                ComplaintsApi.count("SELECT COUNT(*) FROM complaint WHERE id = ? AND fr_breached", id) == 1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                Scrape.value("converge_complaints_breached", Map.of("clock", "first_response")))
                .isEqualTo((double) ComplaintsApi.count("SELECT COUNT(*) FROM complaint WHERE fr_breached"
                        + " AND status NOT IN ('RESOLVED', 'CLOSED')"))
                .isPositive());
        assertThat(Scrape.value("converge_complaints_breached", Map.of("clock", "resolution"))).isNotNaN();
        assertThat(Scrape.value("converge_complaints_breached", Map.of("clock", "next_response"))).isNotNaN();
    }
}
