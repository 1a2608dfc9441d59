package com.converge.complaint.application.port.inbound;

import io.smallrye.mutiny.Uni;

public interface CreateComplaintUseCase {

    /**
     * Triages the complaint, stores it under the first matching SLA policy (at the requested priority,
     * or the suggested one when none was requested) and publishes ComplaintCreated.
     */
    Uni<CreatedComplaint> create(CreateComplaintCommand command);
}
