package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.HealthWeights;
import io.smallrye.mutiny.Uni;

public interface ManageHealthWeightsUseCase {

    Uni<HealthWeights> current();

    /** Stores the weights and marks every customer for reassessment. */
    Uni<HealthWeights> save(SaveHealthWeightsCommand command);
}
