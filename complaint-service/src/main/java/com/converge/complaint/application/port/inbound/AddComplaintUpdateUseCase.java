package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.ComplaintUpdate;
import io.smallrye.mutiny.Uni;

public interface AddComplaintUpdateUseCase {

    /** Adds a comment or internal note to the thread and moves the SLA clocks it affects. */
    Uni<ComplaintUpdate> addUpdate(AddComplaintUpdateCommand command);
}
