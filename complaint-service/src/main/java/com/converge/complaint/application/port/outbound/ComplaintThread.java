package com.converge.complaint.application.port.outbound;

import com.converge.complaint.domain.AuditEntry;
import com.converge.complaint.domain.ComplaintUpdate;
import com.converge.complaint.domain.SlaLogEntry;
import com.converge.kernel.domain.ComplaintId;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What was said and done on a complaint, oldest first. */
public interface ComplaintThread {

    Uni<List<ComplaintUpdate>> updates(ComplaintId id, boolean includeInternal);

    Uni<Long> updateCount(ComplaintId id, boolean includeInternal);

    Uni<Optional<Instant>> lastUpdateAt(ComplaintId id, boolean includeInternal);

    Uni<List<AuditEntry>> auditTrail(ComplaintId id);

    Uni<List<SlaLogEntry>> slaLog(ComplaintId id);
}
