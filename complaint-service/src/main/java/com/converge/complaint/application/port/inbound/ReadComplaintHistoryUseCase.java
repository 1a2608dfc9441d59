package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.AuditEntry;
import com.converge.complaint.domain.ComplaintUpdate;
import com.converge.complaint.domain.SlaLogEntry;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.ComplaintId;
import io.smallrye.mutiny.Uni;
import java.util.List;

public interface ReadComplaintHistoryUseCase {

    /** The thread, oldest first; a customer sees only public comments of their own complaints. */
    Uni<List<ComplaintUpdate>> updates(ComplaintId id, Caller caller);

    Uni<List<AuditEntry>> auditTrail(ComplaintId id, Caller caller);

    Uni<List<SlaLogEntry>> slaLog(ComplaintId id, Caller caller);
}
