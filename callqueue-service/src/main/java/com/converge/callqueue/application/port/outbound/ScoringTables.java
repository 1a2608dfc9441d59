package com.converge.callqueue.application.port.outbound;

import com.converge.callqueue.domain.ScoringTable;
import io.smallrye.mutiny.Uni;

public interface ScoringTables {

    Uni<ScoringTable> current();

    Uni<Void> replace(ScoringTable table);
}
