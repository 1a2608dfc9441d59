package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.Complaint;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.ComplaintId;
import io.smallrye.mutiny.Uni;

public interface FindComplaintUseCase {

    /**
     * The complaint, if {@code caller} may see it; a customer asking for someone else's complaint is
     * told it does not exist.
     */
    Uni<Complaint> find(ComplaintId id, Caller caller);
}
