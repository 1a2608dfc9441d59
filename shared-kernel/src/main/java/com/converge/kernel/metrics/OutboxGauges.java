package com.converge.kernel.metrics;

import com.converge.kernel.domain.TimeSource;
import com.converge.kernel.outbox.OutboxBacklog;
import com.converge.kernel.outbox.OutboxRelay;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * The outbox as operators watch it: {@code converge_outbox_backlog} (rows not yet on Kafka) and
 * {@code converge_outbox_oldest_unpublished_age_seconds} (how long the oldest of them has waited).
 * A growing backlog or age means the relay cannot reach Kafka or cannot keep up.
 *
 * <p>A scrape never touches the database: the count is refreshed on a schedule (one indexed query,
 * every {@code converge.metrics.outbox-refresh}, 5 s by default), and the age is computed from the
 * cached oldest row at scrape time, so it keeps growing between refreshes. Every replica reports
 * the same shared table: aggregate with max(), not sum().
 */
@ApplicationScoped
public class OutboxGauges {

    private static final Logger LOG = Logger.getLogger(OutboxGauges.class);

    private final OutboxRelay relay;
    private final TimeSource clock;
    private final MeterRegistry metrics;
    private volatile OutboxBacklog latest = new OutboxBacklog(0, null);

    OutboxGauges(OutboxRelay relay, TimeSource clock, MeterRegistry metrics) {
        this.relay = relay;
        this.clock = clock;
        this.metrics = metrics;
    }

    void register(@Observes StartupEvent started) {
        Gauge.builder("converge.outbox.backlog", this, gauges -> gauges.latest.pending())
                .description("Outbox rows written but not yet published to Kafka")
                .register(metrics);
        Gauge.builder("converge.outbox.oldest.unpublished.age", this, OutboxGauges::oldestAgeSeconds)
                .description("Seconds since the oldest unpublished outbox row was written (0 when none)")
                .baseUnit("seconds")
                .register(metrics);
    }

    @Scheduled(every = "${converge.metrics.outbox-refresh:5s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        return relay.backlog()
                .invoke(backlog -> latest = backlog)
                .onFailure().invoke(failure -> LOG.debugf("Outbox backlog not refreshed (keeping the last value): %s", failure))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private double oldestAgeSeconds() {
        Instant oldest = latest.oldestOccurredAt();
        if (oldest == null) {
            return 0;
        }
        Duration age = Duration.between(oldest, clock.now());
        return Math.max(0, age.toMillis() / 1000.0);
    }
}
