package com.converge.callqueue.adapter.inbound.scheduling;

import com.converge.callqueue.application.port.inbound.ReturnParkedEntriesUseCase;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Returns entries whose parking ended; every replica runs it, and a pass with nothing due reads one empty index range. */
@ApplicationScoped
public class ParkedEntriesSchedule {

    private final ReturnParkedEntriesUseCase parked;

    ParkedEntriesSchedule(ReturnParkedEntriesUseCase parked) {
        this.parked = parked;
    }

    @Scheduled(every = "${callqueue.parked-check:1m}", delayed = "${converge.scheduler.start-delay:3s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> pass() {
        return parked.returnDue().replaceWithVoid();
    }
}
