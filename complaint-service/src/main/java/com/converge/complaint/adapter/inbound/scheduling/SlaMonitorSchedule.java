package com.converge.complaint.adapter.inbound.scheduling;

import com.converge.complaint.application.port.inbound.RunSlaMonitorUseCase;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs the SLA monitor on every replica; the claim's skipping lock keeps them from doing the same work twice. */
@ApplicationScoped
public class SlaMonitorSchedule {

    private final RunSlaMonitorUseCase monitor;

    SlaMonitorSchedule(RunSlaMonitorUseCase monitor) {
        this.monitor = monitor;
    }

    @Scheduled(every = "${converge.sla-monitor.interval:5s}", delayed = "${converge.scheduler.start-delay:3s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> pass() {
        return monitor.runOnce().replaceWithVoid();
    }
}
