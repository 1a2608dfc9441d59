package com.converge.callqueue.application.port.inbound;

import io.smallrye.mutiny.Uni;

public interface ReactToComplaintUseCase {

    /**
     * An urgent complaint puts its customer in {@code outstanding_requests} with a callback due now;
     * if they already wait there, their entry takes the complaint as its context.
     */
    Uni<Void> complaintRaised(ComplaintRaisedCommand command);

    /** Same for an escalation, an SLA breach or a customer at risk: always a callback due now. */
    Uni<Void> attentionNeeded(AttentionNeededCommand command);
}
