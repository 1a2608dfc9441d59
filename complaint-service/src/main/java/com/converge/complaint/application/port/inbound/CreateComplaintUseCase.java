package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.Complaint;
import io.smallrye.mutiny.Uni;

public interface CreateComplaintUseCase {

    /** Stores a new complaint with its SLA deadlines and publishes ComplaintCreated in the same transaction. */
    Uni<Complaint> create(CreateComplaintCommand command);
}
