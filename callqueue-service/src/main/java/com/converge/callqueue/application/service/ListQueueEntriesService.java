package com.converge.callqueue.application.service;

import com.converge.callqueue.application.port.inbound.ListQueueEntriesUseCase;
import com.converge.callqueue.application.port.inbound.QueueEntryView;
import com.converge.callqueue.application.port.outbound.QueueEntries;
import com.converge.callqueue.domain.QueueName;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.TimeSource;
import io.smallrye.mutiny.Uni;
import java.util.List;

public class ListQueueEntriesService implements ListQueueEntriesUseCase {

    private final UnitOfWork unitOfWork;
    private final QueueEntries entries;
    private final TimeSource clock;

    public ListQueueEntriesService(UnitOfWork unitOfWork, QueueEntries entries, TimeSource clock) {
        this.unitOfWork = unitOfWork;
        this.entries = entries;
        this.clock = clock;
    }

    @Override
    public Uni<List<QueueEntryView>> list(QueueName queue, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return unitOfWork.reading(() -> entries.activeInServingOrder(queue, clock.now(), limit));
    }
}
