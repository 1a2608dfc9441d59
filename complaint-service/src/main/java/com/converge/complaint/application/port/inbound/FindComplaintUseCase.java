package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.ComplaintDetails;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.ComplaintId;
import io.smallrye.mutiny.Uni;

public interface FindComplaintUseCase {

    /**
     * The complaint with its clocks read now, if {@code caller} may see it; a customer asking for
     * someone else's complaint is told it does not exist.
     */
    Uni<ComplaintDetails> find(ComplaintId id, Caller caller);
}
