package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.ComplaintDetails;
import io.smallrye.mutiny.Uni;

public interface ChangePriorityUseCase {

    /** Support overrides the priority; every clock's deadline is recomputed and the override audited. */
    Uni<ComplaintDetails> changePriority(ChangePriorityCommand command);
}
