package com.converge.kernel.metrics;

import com.converge.kernel.domain.TimeSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Registers every {@link QueriedGauge} the service declares and refreshes them, one query after the
 * other, every {@code converge.metrics.refresh} (15 s by default). A failed query keeps that family's
 * last values until the next refresh.
 */
@ApplicationScoped
public class QueriedGauges {

    private static final Logger LOG = Logger.getLogger(QueriedGauges.class);

    private final List<QueriedGauge> families = new ArrayList<>();
    private final Pool pool;
    private final TimeSource clock;
    private final MeterRegistry metrics;

    QueriedGauges(@Any Instance<QueriedGauge> declared, Pool pool, TimeSource clock, MeterRegistry metrics) {
        declared.forEach(families::add);
        this.pool = pool;
        this.clock = clock;
        this.metrics = metrics;
    }

    void register(@Observes StartupEvent started) {
        families.forEach(family -> family.register(metrics));
    }

    @Scheduled(every = "${converge.metrics.refresh:15s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        LocalDateTime now = LocalDateTime.ofInstant(clock.now(), ZoneOffset.UTC);
        return Multi.createFrom().iterable(families)
                .onItem().transformToUniAndConcatenate(family -> refresh(family, now))
                .collect().last()
                .replaceWithVoid();
    }

    private Uni<Void> refresh(QueriedGauge family, LocalDateTime now) {
        List<Object> times = new ArrayList<>();
        for (int i = 0; i < family.timeParameters(); i++) {
            times.add(now);
        }
        return pool.preparedQuery(family.sql()).execute(Tuple.from(times))
                .invoke(family::update)
                .onFailure().invoke(failure -> LOG.debugf("%s not refreshed (keeping the last values): %s", family.name(), failure))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
