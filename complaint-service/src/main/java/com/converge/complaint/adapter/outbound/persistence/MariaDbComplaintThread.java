package com.converge.complaint.adapter.outbound.persistence;

import com.converge.kernel.persistence.NativeSql;
import com.converge.complaint.application.port.outbound.ComplaintThread;
import com.converge.complaint.domain.Attachment;
import com.converge.complaint.domain.AuditEntry;
import com.converge.complaint.domain.ComplaintUpdate;
import com.converge.complaint.domain.SlaClockKind;
import com.converge.complaint.domain.SlaLogEntry;
import com.converge.kernel.domain.ComplaintId;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class MariaDbComplaintThread implements ComplaintThread {

    private static final String PUBLIC_ONLY = " and visibility = 'PUBLIC'";

    @Override
    public Uni<List<ComplaintUpdate>> updates(ComplaintId id, boolean includeInternal) {
        return ComplaintUpdateEntity.<ComplaintUpdateEntity>list("complaintId = ?1" + (includeInternal ? "" : PUBLIC_ONLY),
                        Sort.by("createdAt").and("id"), id.toString())
                .chain(updates -> {
                    List<String> ids = updates.stream().map(u -> u.id).toList();
                    Uni<List<AttachmentEntity>> attachments = ids.isEmpty() ? Uni.createFrom().item(List.of())
                            : AttachmentEntity.<AttachmentEntity>list("updateId in ?1", Sort.by("id"), ids);
                    return attachments.map(rows -> {
                        Map<String, List<Attachment>> byUpdate = rows.stream().collect(Collectors.groupingBy(a -> a.updateId,
                                Collectors.mapping(a -> new Attachment(a.name, a.contentType, a.sizeBytes, a.url), Collectors.toList())));
                        return updates.stream().map(u -> new ComplaintUpdate(UUID.fromString(u.id), u.author,
                                ComplaintUpdate.AuthorRole.valueOf(u.authorRole), ComplaintUpdate.Visibility.valueOf(u.visibility),
                                u.body, byUpdate.getOrDefault(u.id, List.of()), u.createdAt)).toList();
                    });
                });
    }

    @Override
    public Uni<Map<ComplaintId, Summary>> summaries(Collection<ComplaintId> ids, boolean includeInternal) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return NativeSql.rows("SELECT complaint_id, COUNT(*), MAX(created_at) FROM complaint_update WHERE complaint_id IN (?1)"
                        + (includeInternal ? "" : " AND visibility = 'PUBLIC'") + " GROUP BY complaint_id",
                        List.of(ids.stream().map(ComplaintId::toString).toList()))
                .map(rows -> rows.stream().collect(Collectors.toMap(row -> ComplaintId.of((String) row[0]),
                        row -> new Summary(NativeSql.number(row[1]), NativeSql.instant(row[2])))));
    }

    @Override
    public Uni<List<AuditEntry>> auditTrail(ComplaintId id) {
        return AuditEntryEntity.<AuditEntryEntity>list("complaintId = ?1", Sort.by("id"), id.toString())
                .map(rows -> rows.stream().map(r -> new AuditEntry(r.actor, r.action, r.detail, r.at)).toList());
    }

    @Override
    public Uni<List<SlaLogEntry>> slaLog(ComplaintId id) {
        return SlaLogEntity.<SlaLogEntity>list("complaintId = ?1", Sort.by("id"), id.toString())
                .map(rows -> rows.stream().map(r -> new SlaLogEntry(SlaClockKind.valueOf(r.clock),
                        SlaLogEntry.Kind.valueOf(r.kind), r.reason, r.dueAt, r.suspicious, r.actor, r.at)).toList());
    }
}
