package com.converge.complaint.application.service;

import com.converge.complaint.application.port.inbound.ManageHealthWeightsUseCase;
import com.converge.complaint.application.port.inbound.SaveHealthWeightsCommand;
import com.converge.complaint.application.port.outbound.CustomerHealthRecords;
import com.converge.complaint.application.port.outbound.HealthWeightSettings;
import com.converge.complaint.domain.HealthWeights;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.TimeSource;
import io.smallrye.mutiny.Uni;

public class HealthWeightsService implements ManageHealthWeightsUseCase {

    private final UnitOfWork unitOfWork;
    private final HealthWeightSettings settings;
    private final CustomerHealthRecords records;
    private final TimeSource clock;

    public HealthWeightsService(UnitOfWork unitOfWork, HealthWeightSettings settings, CustomerHealthRecords records,
                                TimeSource clock) {
        this.unitOfWork = unitOfWork;
        this.settings = settings;
        this.records = records;
        this.clock = clock;
    }

    @Override
    public Uni<HealthWeights> current() {
        return unitOfWork.reading(settings::current);
    }

    /** New weights change every score: every customer is reassessed by the next refresh passes. */
    @Override
    public Uni<HealthWeights> save(SaveHealthWeightsCommand command) {
        return unitOfWork.transactionally(() -> settings.save(command.weights(), command.changedBy(), clock.now())
                .chain(() -> records.markAllDue(clock.now()))
                .replaceWith(command.weights()));
    }
}
