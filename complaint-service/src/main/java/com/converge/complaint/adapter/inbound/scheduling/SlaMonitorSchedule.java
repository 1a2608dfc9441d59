package com.converge.complaint.adapter.inbound.scheduling;

import com.converge.complaint.application.port.inbound.RunSlaMonitorUseCase;
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
 */
@ApplicationScoped
public class SlaMonitorSchedule {

    private final RunSlaMonitorUseCase monitor;
    private final Timer passes;

    SlaMonitorSchedule(RunSlaMonitorUseCase monitor, MeterRegistry metrics) {
        this.monitor = monitor;
        this.passes = Timer.builder("converge.sla_monitor.pass")
                .description("SLA monitor passes that claimed due complaints, from the claim to the commit")
                .register(metrics);
    }

    @Scheduled(every = "${converge.sla-monitor.interval:5s}", delayed = "${converge.scheduler.start-delay:3s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> pass() {
        return Uni.createFrom().deferred(() -> {
            long start = System.nanoTime();
            return monitor.runOnce().invoke(claimed -> {
                if (claimed > 0) {
                    passes.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                }
            });
        }).replaceWithVoid();
    }
}
