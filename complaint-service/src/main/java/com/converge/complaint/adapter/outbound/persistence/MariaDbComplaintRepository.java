package com.converge.complaint.adapter.outbound.persistence;

import com.converge.complaint.application.port.outbound.ComplaintFilter;
import com.converge.complaint.application.port.outbound.ComplaintRepository;
import com.converge.complaint.domain.Attachment;
import com.converge.complaint.domain.Compensation;
import com.converge.complaint.domain.Complaint;
import com.converge.complaint.domain.ComplaintChange;
import com.converge.complaint.domain.ComplaintReference;
import com.converge.complaint.domain.ComplaintStatus;
import com.converge.complaint.domain.ComplaintType;
import com.converge.complaint.domain.ComplaintUpdate;
import com.converge.complaint.domain.Csat;
import com.converge.complaint.domain.Priority;
import com.converge.complaint.domain.Resolution;
import com.converge.complaint.domain.SlaClock;
import com.converge.complaint.domain.SlaClockKind;
import com.converge.complaint.domain.SlaLogEntry;
import com.converge.complaint.domain.SlaPolicy;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.ComplaintId;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import com.converge.kernel.domain.OrderId;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class MariaDbComplaintRepository implements ComplaintRepository {

    private static final String CLAIM = """
            SELECT * FROM complaint WHERE sla_check_due_at <= ?1
            ORDER BY sla_check_due_at LIMIT ?2 FOR UPDATE SKIP LOCKED""";

    private final ComplaintPanacheRepository panache;
    private final MariaDbSlaPolicies policies;

    MariaDbComplaintRepository(ComplaintPanacheRepository panache, MariaDbSlaPolicies policies) {
        this.panache = panache;
        this.policies = policies;
    }

    @Override
    public Uni<Void> add(Complaint complaint, List<ComplaintChange> changes) {
        ComplaintEntity entity = new ComplaintEntity();
        entity.id = complaint.id().toString();
        copy(complaint, entity);
        entity.updatedAt = complaint.createdAt();
        return panache.persist(entity).chain(() -> record(complaint, changes));
    }

    @Override
    public Uni<Optional<Complaint>> findById(ComplaintId id) {
        return panache.findById(id.toString()).chain(this::toDomain);
    }

    @Override
    public Uni<Optional<Complaint>> lock(ComplaintId id) {
        return panache.findById(id.toString(), LockModeType.PESSIMISTIC_WRITE).chain(this::toDomain);
    }

    @Override
    public Uni<Void> save(Complaint complaint, List<ComplaintChange> changes) {
        return panache.findById(complaint.id().toString())
                .invoke(entity -> {
                    copy(complaint, entity);
                    if (!changes.isEmpty()) {
                        entity.updatedAt = changes.get(changes.size() - 1).at();
                    }
                })
                .chain(() -> record(complaint, changes));
    }

    @Override
    public Uni<List<Complaint>> list(ComplaintFilter filter, int limit) {
        StringBuilder where = new StringBuilder();
        Parameters parameters = new Parameters();
        // the persistent unresolved column (V7) leads an index that keeps the rows in created order
        if (filter.statuses().equals(ComplaintStatus.unresolved())) {
            where.append("unresolved = true");
        } else {
            where.append("status in :statuses");
            parameters.and("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (filter.priority() != null) {
            where.append(" and priority = :priority");
            parameters.and("priority", filter.priority().name());
        }
        if (filter.type() != null) {
            where.append(" and type = :type");
            parameters.and("type", filter.type().name());
        }
        if (filter.assignee() != null) {
            where.append(" and assignee = :assignee");
            parameters.and("assignee", filter.assignee());
        }
        if (filter.customer() != null) {
            where.append(" and customerId = :customer");
            parameters.and("customer", filter.customer().value());
        }
        if (filter.breached() != null) {
            String breached = "(firstResponse.breached = true or nextResponse.breached = true or resolution.breached = true"
                    + " or (responseDueAt is not null and responseDueAt < :now)"
                    + " or (resolutionDueAt is not null and resolutionDueAt < :now))";
            where.append(filter.breached() ? " and " + breached : " and not " + breached);
            parameters.and("now", filter.now());
        }
        if (filter.afterCreatedAt() != null) {
            String op = filter.newestFirst() ? "<" : ">";
            where.append(" and (createdAt ").append(op).append(" :afterAt or (createdAt = :afterAt and id ").append(op).append(" :afterId))");
            parameters.and("afterAt", filter.afterCreatedAt()).and("afterId", filter.afterId());
        }
        Sort sort = filter.newestFirst() ? Sort.descending("createdAt", "id") : Sort.ascending("createdAt", "id");
        return panache.find(where.toString(), sort, parameters).page(0, limit).list().chain(this::toDomain);
    }

    @Override
    public Uni<List<Complaint>> claimDueForSlaCheck(Instant now, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery(CLAIM, ComplaintEntity.class)
                        .setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                        .setParameter(2, limit)
                        .getResultList())
                .chain(this::toDomain);
    }

    /** The thread, audit trail and SLA log rows of the changes, in order. */
    private Uni<Void> record(Complaint complaint, List<ComplaintChange> changes) {
        Uni<Void> all = Uni.createFrom().voidItem();
        String id = complaint.id().toString();
        for (ComplaintChange change : changes) {
            all = all.chain(() -> audit(id, change).persist().replaceWithVoid());
            if (change instanceof ComplaintChange.SlaLogged logged) {
                all = all.chain(() -> slaLog(id, logged.entry()).persist().replaceWithVoid());
            }
            if (change instanceof ComplaintChange.Commented commented) {
                all = all.chain(() -> thread(id, commented.update()));
            }
        }
        return all;
    }

    private static Uni<Void> thread(String complaintId, ComplaintUpdate update) {
        ComplaintUpdateEntity entity = new ComplaintUpdateEntity();
        entity.id = update.id().toString();
        entity.complaintId = complaintId;
        entity.author = update.author();
        entity.authorRole = update.authorRole().name();
        entity.visibility = update.visibility().name();
        entity.body = update.body();
        entity.createdAt = update.createdAt();
        Uni<Void> all = entity.persist().replaceWithVoid();
        for (Attachment attachment : update.attachments()) {
            AttachmentEntity row = new AttachmentEntity();
            row.updateId = entity.id;
            row.name = attachment.name();
            row.contentType = attachment.contentType();
            row.sizeBytes = attachment.sizeBytes();
            row.url = attachment.url();
            all = all.chain(() -> row.persist().replaceWithVoid());
        }
        return all;
    }

    private static AuditEntryEntity audit(String complaintId, ComplaintChange change) {
        AuditEntryEntity entity = new AuditEntryEntity();
        entity.complaintId = complaintId;
        entity.actor = change.actor();
        entity.at = change.at();
        if (change instanceof ComplaintChange.Assigned c) {
            entity.action = "assigned";
            entity.detail = (c.previousAssignee() == null ? "unassigned" : c.previousAssignee()) + " -> " + c.assignee();
        } else if (change instanceof ComplaintChange.StatusChanged c) {
            entity.action = "status_changed";
            entity.detail = c.from().wireName() + " -> " + c.to().wireName() + (c.reason() == null ? "" : ": " + c.reason());
        } else if (change instanceof ComplaintChange.PriorityChanged c) {
            entity.action = "priority_changed";
            entity.detail = c.from().wireName() + " -> " + c.to().wireName();
        } else if (change instanceof ComplaintChange.Resolved c) {
            entity.action = "resolved";
            Compensation compensation = c.resolution().compensation();
            entity.detail = compensation.kind().wireName() + (compensation.isNone() ? "" : " " + compensation.amount());
        } else if (change instanceof ComplaintChange.Escalated c) {
            entity.action = "escalated";
            entity.detail = "level " + c.level() + ": " + c.reason();
        } else if (change instanceof ComplaintChange.Rated c) {
            entity.action = "csat_recorded";
            entity.detail = "rating " + c.csat().rating();
        } else if (change instanceof ComplaintChange.Commented c) {
            entity.action = c.update().isInternal() ? "internal_note_added" : "comment_added";
            entity.detail = c.update().id() + (c.update().attachments().isEmpty() ? ""
                    : " with " + c.update().attachments().size() + " attachment(s)");
        } else if (change instanceof ComplaintChange.SlaLogged c) {
            entity.action = "sla_" + c.entry().kind().wireName();
            entity.detail = c.entry().clock().wireName() + (c.entry().reason() == null ? "" : ": " + c.entry().reason());
        } else {
            entity.action = change.getClass().getSimpleName();
        }
        return entity;
    }

    private static SlaLogEntity slaLog(String complaintId, SlaLogEntry entry) {
        SlaLogEntity entity = new SlaLogEntity();
        entity.complaintId = complaintId;
        entity.clock = entry.clock().name();
        entity.kind = entry.kind().name();
        entity.reason = entry.reason();
        entity.dueAt = entry.dueAt();
        entity.suspicious = entry.suspicious();
        entity.actor = entry.actor();
        entity.at = entry.at();
        return entity;
    }

    private static void copy(Complaint complaint, ComplaintEntity entity) {
        entity.customerId = complaint.customerId().value();
        entity.type = complaint.type().name();
        entity.priority = complaint.priority().name();
        entity.status = complaint.status().name();
        entity.subject = complaint.subject();
        entity.description = complaint.description();
        entity.bookingId = complaint.reference().booking().map(BookingId::toString).orElse(null);
        entity.orderId = complaint.reference().order().map(OrderId::toString).orElse(null);
        entity.segment = complaint.segment();
        entity.policyId = complaint.policy().id();
        entity.assignee = complaint.assignee();
        entity.escalationLevel = complaint.escalationLevel();
        Resolution resolution = complaint.resolution();
        entity.resolutionSummary = resolution == null ? null : resolution.summary();
        entity.compensation = resolution == null ? null : resolution.compensation().kind().name();
        entity.compensationAmount = resolution == null ? null : resolution.compensation().amount().amount();
        entity.resolvedAt = complaint.resolvedAt();
        entity.lastCustomerMessageAt = complaint.lastCustomerMessageAt();
        Csat csat = complaint.csat();
        entity.csatRating = csat == null ? null : csat.rating();
        entity.csatComment = csat == null ? null : csat.comment();
        entity.csatRecordedAt = csat == null ? null : csat.recordedAt();
        entity.createdAt = complaint.createdAt();
        entity.responseDueAt = complaint.responseDueAt();
        entity.resolutionDueAt = complaint.resolutionDueAt();
        entity.slaCheckDueAt = complaint.nextSlaCheckAt();
        entity.firstResponse = columns(complaint.clock(SlaClockKind.FIRST_RESPONSE));
        entity.nextResponse = columns(complaint.clock(SlaClockKind.NEXT_RESPONSE));
        entity.resolution = columns(complaint.clock(SlaClockKind.RESOLUTION));
    }

    private static SlaClockColumns columns(SlaClock clock) {
        SlaClockColumns columns = new SlaClockColumns();
        columns.targetSeconds = clock.target().toSeconds();
        columns.state = clock.state().name();
        columns.consumedMicros = clock.consumed().toNanos() / 1000;
        columns.runningSince = clock.runningSince();
        columns.stoppedAt = clock.stoppedAt();
        columns.warned = clock.warned();
        columns.breached = clock.breached();
        return columns;
    }

    private static SlaClock clock(SlaClockKind kind, SlaClockColumns columns) {
        return new SlaClock(kind, Duration.ofSeconds(columns.targetSeconds), SlaClock.State.valueOf(columns.state),
                Duration.of(columns.consumedMicros, ChronoUnit.MICROS), columns.runningSince, columns.stoppedAt,
                columns.warned, columns.breached);
    }

    private Uni<Optional<Complaint>> toDomain(ComplaintEntity entity) {
        if (entity == null) {
            return Uni.createFrom().item(Optional.empty());
        }
        return toDomain(List.of(entity)).map(list -> Optional.of(list.get(0)));
    }

    /** Many rows with one read of their policies, so a page costs the same number of queries whatever its size. */
    private Uni<List<Complaint>> toDomain(List<ComplaintEntity> entities) {
        if (entities.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return policies.byIds(entities.stream().map(e -> e.policyId).collect(Collectors.toSet()))
                .map(byId -> entities.stream().map(entity -> toDomain(entity, Optional.ofNullable(byId.get(entity.policyId)))).toList());
    }

    private static Complaint toDomain(ComplaintEntity entity, Optional<SlaPolicy> policy) {
        return new Complaint(
                ComplaintId.of(entity.id), new CustomerId(entity.customerId),
                ComplaintType.valueOf(entity.type), Priority.valueOf(entity.priority), ComplaintStatus.valueOf(entity.status),
                entity.subject, entity.description,
                new ComplaintReference(entity.bookingId == null ? null : BookingId.of(entity.bookingId),
                        entity.orderId == null ? null : OrderId.of(entity.orderId)),
                entity.segment, policy.orElseThrow(() -> new IllegalStateException("SLA policy " + entity.policyId + " is gone")),
                entity.assignee, entity.escalationLevel,
                entity.resolutionSummary == null ? null : new Resolution(entity.resolutionSummary, new Compensation(
                        Compensation.Kind.valueOf(entity.compensation), new Money(entity.compensationAmount))),
                entity.resolvedAt, entity.lastCustomerMessageAt,
                entity.csatRating == null ? null : new Csat(entity.csatRating, entity.csatComment, entity.csatRecordedAt),
                entity.createdAt,
                List.of(clock(SlaClockKind.FIRST_RESPONSE, entity.firstResponse),
                        clock(SlaClockKind.NEXT_RESPONSE, entity.nextResponse),
                        clock(SlaClockKind.RESOLUTION, entity.resolution)));
    }
}
