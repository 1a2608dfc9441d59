package com.converge.callqueue.application.service;

import com.converge.callqueue.application.port.inbound.EntryDetails;
import com.converge.callqueue.application.port.inbound.FindEntryUseCase;
import com.converge.callqueue.application.port.outbound.QueueEntries;
import com.converge.callqueue.application.port.outbound.ScoreHistory;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.NotFoundException;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

public class FindEntryService implements FindEntryUseCase {

    private final UnitOfWork unitOfWork;
    private final QueueEntries entries;
    private final ScoreHistory history;

    public FindEntryService(UnitOfWork unitOfWork, QueueEntries entries, ScoreHistory history) {
        this.unitOfWork = unitOfWork;
        this.entries = entries;
        this.history = history;
    }

    @Override
    public Uni<EntryDetails> find(UUID entryId) {
        return unitOfWork.reading(() -> entries.find(entryId)
                .map(found -> found.orElseThrow(() -> new NotFoundException("entry", entryId)))
                .chain(view -> history.of(entryId).map(changes -> new EntryDetails(view, changes))));
    }
}
