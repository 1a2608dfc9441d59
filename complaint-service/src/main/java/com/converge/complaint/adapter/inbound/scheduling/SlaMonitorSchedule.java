package com.converge.complaint.adapter.inbound.scheduling;

import com.converge.complaint.application.port.inbound.RunSlaMonitorUseCase;
import com.converge.complaint.config.SlaMonitorConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;

/**
 * Runs the SLA monitor on every replica; the claim's skipping lock keeps them from doing the same work
 * twice. A pass that found due complaints is timed as {@code converge_sla_monitor_pass_seconds} (claim to
 * commit), the figure the "one pass under 50 ms" is about; empty passes are left out so they do
 * not hide it.
 *
 * <p>A pass that came back with a full batch leaves more due: the next one runs at once, not a tick
 * later, so a backlog (after downtime, say) drains at the database's pace while each pass, and so the
 * time it holds its complaints locked against support's edits, stays one batch long.
 */
@ApplicationScoped
public class SlaMonitorSchedule {

    /** Passes in one tick at most, so a complaint that stayed due could not keep the monitor busy. */
    static final int MAX_PASSES_PER_TICK = 100;

    private final RunSlaMonitorUseCase monitor;
    private final int batchSize;
    private final Timer passes;

    SlaMonitorSchedule(RunSlaMonitorUseCase monitor, SlaMonitorConfig config, MeterRegistry metrics) {
        this.monitor = monitor;
        this.batchSize = config.batchSize();
        this.passes = Timer.builder("converge.sla_monitor.pass")
                .description("SLA monitor passes that claimed due complaints, from the claim to the commit")
                .register(metrics);
    }

    @Scheduled(every = "${converge.sla-monitor.interval:5s}", delayed = "${converge.scheduler.start-delay:3s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> pass() {
        return timedPass().repeat().whilst(claimed -> claimed == batchSize)
                .select().first(MAX_PASSES_PER_TICK)
                .collect().last().replaceWithVoid();
    }

    private Uni<Integer> timedPass() {
        return Uni.createFrom().deferred(() -> {
            long start = System.nanoTime();
            return monitor.runOnce().invoke(claimed -> {
                if (claimed > 0) {
                    passes.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                }
            });
        });
    }
}
