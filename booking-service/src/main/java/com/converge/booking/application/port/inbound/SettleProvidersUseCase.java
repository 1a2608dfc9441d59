package com.converge.booking.application.port.inbound;

import com.converge.booking.domain.settlement.SettlementStatement;
import io.smallrye.mutiny.Uni;

/** ADMIN settles with providers: statements per provider and period, then paid. */
public interface SettleProvidersUseCase {

    /** A statement of the provider's completed bookings in the period that no statement holds yet; 422 when there are none. */
    Uni<SettlementStatement> generate(GenerateSettlementCommand command);

    /** Marks the statement paid and publishes ProviderSettled; 409 when it was paid already. */
    Uni<SettlementStatement> markPaid(String id);

    Uni<SettlementStatement> find(String id);
}
