package com.converge.callqueue.application.port.outbound;

import com.converge.callqueue.domain.ScoreChange;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

public interface ScoreHistory {

    Uni<Void> append(UUID entryId, ScoreChange change);

    /** Oldest first. */
    Uni<List<ScoreChange>> of(UUID entryId);
}
