package com.converge.complaint.adapter.inbound.scheduling;

import com.converge.complaint.application.port.inbound.RefreshCustomerHealthUseCase;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Every replica reassesses due customers (claimed with a skipping lock) and, once a day, marks
 * everyone for the day's reassessment; the snapshot's (customer, day) key makes reruns harmless.
 */
@ApplicationScoped
public class CustomerHealthSchedule {

    private final RefreshCustomerHealthUseCase refresh;

    CustomerHealthSchedule(RefreshCustomerHealthUseCase refresh) {
        this.refresh = refresh;
    }

    @Scheduled(every = "${converge.health.refresh-interval:5s}", delayed = "${converge.scheduler.start-delay:3s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refreshDue() {
        return refresh.refreshDue().replaceWithVoid();
    }

    @Scheduled(cron = "${converge.health.daily-cron:0 30 0 * * ?}", timeZone = "${converge.health.time-zone:Asia/Kolkata}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> markDaily() {
        return refresh.markDailyRefresh().replaceWithVoid();
    }
}
