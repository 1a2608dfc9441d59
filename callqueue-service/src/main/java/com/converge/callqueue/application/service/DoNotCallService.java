package com.converge.callqueue.application.service;

import com.converge.callqueue.application.port.inbound.DoNotCallUseCase;
import com.converge.callqueue.application.port.outbound.DoNotCallList;
import com.converge.callqueue.application.port.outbound.QueueEntries;
import com.converge.callqueue.domain.DoNotCallEntry;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.TimeSource;
import io.smallrye.mutiny.Uni;
import java.util.List;

public class DoNotCallService implements DoNotCallUseCase {

    private final UnitOfWork unitOfWork;
    private final DoNotCallList list;
    private final QueueEntries entries;
    private final TimeSource clock;

    public DoNotCallService(UnitOfWork unitOfWork, DoNotCallList list, QueueEntries entries, TimeSource clock) {
        this.unitOfWork = unitOfWork;
        this.list = list;
        this.entries = entries;
        this.clock = clock;
    }

    @Override
    public Uni<DoNotCallEntry> add(CustomerId customerId, String addedBy, String reason) {
        if (reason != null && reason.length() > 200) {
            throw new InvalidValueException("reason", "at most 200 characters");
        }
        // the customer's entries leave the claims' way in the same transaction as the listing
        return unitOfWork.transactionally(() -> list.add(new DoNotCallEntry(customerId, addedBy, reason, clock.now()))
                .call(() -> entries.parkForGood(customerId)));
    }

    @Override
    public Uni<List<DoNotCallEntry>> list(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return unitOfWork.reading(() -> list.latest(limit));
    }
}
