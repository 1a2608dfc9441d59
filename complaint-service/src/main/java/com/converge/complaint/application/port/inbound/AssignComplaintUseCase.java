package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.ComplaintDetails;
import io.smallrye.mutiny.Uni;

public interface AssignComplaintUseCase {

    /** Assigns or reassigns; publishes ComplaintAssigned unless the assignee is unchanged. */
    Uni<ComplaintDetails> assign(AssignComplaintCommand command);
}
