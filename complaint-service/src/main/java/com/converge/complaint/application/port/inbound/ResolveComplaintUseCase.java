package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.ComplaintDetails;
import io.smallrye.mutiny.Uni;

public interface ResolveComplaintUseCase {

    /** Resolves with a summary and any compensation and publishes ComplaintResolved carrying it. */
    Uni<ComplaintDetails> resolve(ResolveComplaintCommand command);
}
