package com.converge.complaint.application.port.outbound;

import com.converge.complaint.domain.Complaint;
import io.smallrye.mutiny.Uni;

/** The integration events complaint-service publishes; written in the caller's transaction. */
public interface ComplaintEvents {

    Uni<Void> created(Complaint complaint);
}
