package com.converge.booking.application.port.inbound;

import io.smallrye.mutiny.Uni;

public interface CompensateCustomerUseCase {

    /** Credits the wallet once per complaint and publishes WalletCredited; a repeat for the same complaint does nothing. */
    Uni<Void> compensate(CompensationCommand command);
}
