package com.converge.callqueue.application.service;

import com.converge.callqueue.application.port.inbound.ScoringTableUseCase;
import com.converge.callqueue.application.port.outbound.ScoringTables;
import com.converge.callqueue.domain.ScoringTable;
import com.converge.kernel.application.UnitOfWork;
import io.smallrye.mutiny.Uni;

public class ScoringTableService implements ScoringTableUseCase {

    private final UnitOfWork unitOfWork;
    private final ScoringTables tables;

    public ScoringTableService(UnitOfWork unitOfWork, ScoringTables tables) {
        this.unitOfWork = unitOfWork;
        this.tables = tables;
    }

    @Override
    public Uni<ScoringTable> current() {
        return unitOfWork.reading(tables::current);
    }

    @Override
    public Uni<ScoringTable> replace(ScoringTable table) {
        return unitOfWork.transactionally(() -> tables.replace(table).replaceWith(table));
    }
}
