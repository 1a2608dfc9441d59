package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.ComplaintDetails;
import io.smallrye.mutiny.Uni;

public interface ChangeComplaintStatusUseCase {

    /** Moves the complaint if its status machine allows it (409 otherwise) and publishes ComplaintStatusChanged. */
    Uni<ComplaintDetails> changeStatus(ChangeComplaintStatusCommand command);

    /** Brings a resolved complaint back within seven days of its resolution. */
    Uni<ComplaintDetails> reopen(ReopenComplaintCommand command);
}
