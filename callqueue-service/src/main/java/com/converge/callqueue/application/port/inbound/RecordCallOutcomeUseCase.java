package com.converge.callqueue.application.port.inbound;

import io.smallrye.mutiny.Uni;

public interface RecordCallOutcomeUseCase {

    /**
     * Records the call of the agent who holds the entry's claim: moves the score, keeps the history,
     * publishes CallCompleted, CallbackScheduled (when a callback is set) and, for an order
     * verification call that settles it, OrderVerificationCompleted.
     */
    Uni<RecordedCall> record(RecordCallOutcomeCommand command);
}
