package com.converge.complaint.application.port.outbound;

import com.converge.complaint.domain.HealthWeights;
import io.smallrye.mutiny.Uni;
import java.time.Instant;

public interface HealthWeightSettings {

    /** The stored weights, or the defaults when none are stored. */
    Uni<HealthWeights> current();

    Uni<Void> save(HealthWeights weights, String changedBy, Instant at);
}
