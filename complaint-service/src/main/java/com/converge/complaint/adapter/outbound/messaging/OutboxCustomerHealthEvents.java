package com.converge.complaint.adapter.outbound.messaging;

import com.converge.complaint.application.port.outbound.CustomerHealthEvents;
import com.converge.complaint.domain.CustomerHealth;
import com.converge.complaint.domain.HealthBand;
import com.converge.kernel.application.Outbox;
import com.converge.kernel.events.CustomerAtRisk;
import com.converge.kernel.events.CustomerHealthChanged;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class OutboxCustomerHealthEvents implements CustomerHealthEvents {

    private final Outbox outbox;

    OutboxCustomerHealthEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Uni<Void> changed(CustomerHealth health, Integer previousScore, HealthBand band) {
        return outbox.append(new CustomerHealthChanged(health.customerId().value(), health.score(), previousScore,
                band.wireName(), health.computedAt()));
    }

    @Override
    public Uni<Void> atRisk(CustomerHealth health, Integer previousScore, String reason) {
        return outbox.append(new CustomerAtRisk(health.customerId().value(), health.score(), previousScore, reason,
                health.computedAt()));
    }
}
