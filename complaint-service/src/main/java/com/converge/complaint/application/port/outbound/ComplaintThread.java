package com.converge.complaint.application.port.outbound;

import com.converge.complaint.domain.AuditEntry;
import com.converge.complaint.domain.ComplaintUpdate;
import com.converge.complaint.domain.SlaLogEntry;
import com.converge.kernel.domain.ComplaintId;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.Collection;
import java.util.Map;

/** What was said and done on a complaint, oldest first. */
public interface ComplaintThread {

    record Summary(long updateCount, Instant lastUpdateAt) {
    }

    Uni<List<ComplaintUpdate>> updates(ComplaintId id, boolean includeInternal);

    /** How long each complaint's thread is and when it last grew, for many complaints in one read; a complaint without updates is left out. */
    Uni<Map<ComplaintId, Summary>> summaries(Collection<ComplaintId> ids, boolean includeInternal);

    Uni<List<AuditEntry>> auditTrail(ComplaintId id);

    Uni<List<SlaLogEntry>> slaLog(ComplaintId id);
}
