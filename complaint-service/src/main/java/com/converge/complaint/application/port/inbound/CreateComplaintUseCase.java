package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.ComplaintDetails;
import io.smallrye.mutiny.Uni;

public interface CreateComplaintUseCase {

    /** Stores the complaint under the first matching SLA policy and publishes ComplaintCreated. */
    Uni<ComplaintDetails> create(CreateComplaintCommand command);
}
