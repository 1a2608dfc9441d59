package com.converge.callqueue.application.port.inbound;

import com.converge.callqueue.domain.ScoringTable;
import io.smallrye.mutiny.Uni;

public interface ScoringTableUseCase {

    Uni<ScoringTable> current();

    /** The new table applies to every call recorded from now on; past history stays as it was. */
    Uni<ScoringTable> replace(ScoringTable table);
}
