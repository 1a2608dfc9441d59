package com.converge.complaint.application.port.outbound;

import com.converge.complaint.domain.CustomerHealth;
import com.converge.complaint.domain.HealthBand;
import io.smallrye.mutiny.Uni;

/** CustomerHealthChanged and CustomerAtRisk, written in the caller's transaction. */
public interface CustomerHealthEvents {

    Uni<Void> changed(CustomerHealth health, Integer previousScore, HealthBand band);

    Uni<Void> atRisk(CustomerHealth health, Integer previousScore, String reason);
}
