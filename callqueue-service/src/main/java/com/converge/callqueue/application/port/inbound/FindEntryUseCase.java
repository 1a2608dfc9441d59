package com.converge.callqueue.application.port.inbound;

import io.smallrye.mutiny.Uni;
import java.util.UUID;

public interface FindEntryUseCase {

    /** The entry with its score history, oldest change first; 404 when there is none. */
    Uni<EntryDetails> find(UUID entryId);
}
