package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.HealthWeights;

public record SaveHealthWeightsCommand(HealthWeights weights, String changedBy) {

    public SaveHealthWeightsCommand {
        Commands.require(weights, "weights");
        Commands.require(changedBy, "changedBy");
    }
}
