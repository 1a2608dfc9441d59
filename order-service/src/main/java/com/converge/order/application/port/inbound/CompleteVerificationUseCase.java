package com.converge.order.application.port.inbound;

import io.smallrye.mutiny.Uni;

public interface CompleteVerificationUseCase {

    /** Confirms a verified order, cancels one that is not (with the agent's reason), and records the call. */
    Uni<Void> complete(VerificationOutcomeCommand command);
}
