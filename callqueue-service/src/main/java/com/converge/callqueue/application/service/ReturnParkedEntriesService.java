package com.converge.callqueue.application.service;

import com.converge.callqueue.application.port.inbound.ReturnParkedEntriesUseCase;
import com.converge.callqueue.application.port.outbound.QueueEntries;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.TimeSource;
import io.smallrye.mutiny.Uni;

public class ReturnParkedEntriesService implements ReturnParkedEntriesUseCase {

    /**
     * Entries per transaction: at the start of a day every customer capped the day before returns at
     * once; small transactions keep each one's locks few and short.
     */
    static final int BATCH = 1000;

    private final UnitOfWork unitOfWork;
    private final QueueEntries entries;
    private final TimeSource clock;

    public ReturnParkedEntriesService(UnitOfWork unitOfWork, QueueEntries entries, TimeSource clock) {
        this.unitOfWork = unitOfWork;
        this.entries = entries;
        this.clock = clock;
    }

    @Override
    public Uni<Integer> returnDue() {
        return returnDue(0);
    }

    private Uni<Integer> returnDue(int returnedSoFar) {
        var now = clock.now();
        return unitOfWork.transactionally(() -> entries.returnParked(now, BATCH))
                .chain(returned -> returned < BATCH
                        ? Uni.createFrom().item(returnedSoFar + returned)
                        : returnDue(returnedSoFar + returned));
    }
}
