package com.converge.complaint.adapter.outbound.persistence;

import com.converge.complaint.application.port.outbound.ComplaintFilter;
import com.converge.complaint.application.port.outbound.ComplaintRepository;
import com.converge.complaint.domain.Attachment;
import com.converge.complaint.domain.ChangedComplaint;
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
import com.converge.kernel.persistence.NativeSql;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class MariaDbComplaintRepository implements ComplaintRepository {

    /** What a check reads of a complaint, in the order {@link #claimed} takes the columns. */
    private static final String CLAIM = """
            SELECT id, customer_id, type, priority, status, subject, description, booking_id, order_id, segment,
              policy_id, assignee, escalation_level, resolution_summary, compensation, compensation_amount,
              resolved_at, last_customer_message_at, csat_rating, csat_comment, csat_recorded_at, created_at,
              response_due_at, resolution_due_at,
              fr_target_seconds, fr_state, fr_consumed_micros, fr_running_since, fr_stopped_at, fr_warned, fr_breached,
              nr_target_seconds, nr_state, nr_consumed_micros, nr_running_since, nr_stopped_at, nr_warned, nr_breached,
              res_target_seconds, res_state, res_consumed_micros, res_running_since, res_stopped_at, res_warned, res_breached
            FROM complaint WHERE sla_check_due_at <= ?1
            ORDER BY sla_check_due_at LIMIT ?2 FOR UPDATE SKIP LOCKED""";
    /** The changes' audit rows in order, one statement for any number (see JsonRows). */
    private static final String INSERT_AUDIT = """
            INSERT INTO complaint_audit (complaint_id, actor, action, detail, at)
            SELECT complaint_id, actor, action, detail, at FROM JSON_TABLE(?1, '$[*]' COLUMNS (row_order FOR ORDINALITY,
              complaint_id CHAR(36) PATH '$[0]', actor VARCHAR(100) PATH '$[1]', action VARCHAR(40) PATH '$[2]',
              detail TEXT PATH '$[3]', at DATETIME(6) PATH '$[4]')) AS r ORDER BY row_order""";
    private static final String INSERT_SLA_LOG = """
            INSERT INTO sla_log (complaint_id, clock, kind, reason, due_at, suspicious, actor, at)
            SELECT complaint_id, clock, kind, reason, due_at, suspicious, actor, at FROM JSON_TABLE(?1, '$[*]' COLUMNS (
              row_order FOR ORDINALITY, complaint_id CHAR(36) PATH '$[0]', clock VARCHAR(20) PATH '$[1]',
              kind VARCHAR(20) PATH '$[2]', reason TEXT PATH '$[3]', due_at DATETIME(6) PATH '$[4]',
              suspicious BOOLEAN PATH '$[5]', actor VARCHAR(100) PATH '$[6]', at DATETIME(6) PATH '$[7]')) AS r
            ORDER BY row_order""";
    /**
     * What an SLA check can change (Complaint.checkSla: the clocks' warned and breached marks, an
     * escalation's level and status, the next check time; the due times follow the policy's calendar),
     * for every checked complaint in one statement. A check never starts, stops or pauses a clock
     * (ComplaintSlaTest), so their state columns are left alone: half the columns, half the JSON to parse.
     * The rows are locked by the claim until commit, so they are as the check read them; the version
     * still goes up for every other writer's optimistic check.
     */
    private static final String UPDATE_CHECKED = """
            UPDATE complaint c JOIN JSON_TABLE(?1, '$[*]' COLUMNS (
              id CHAR(36) PATH '$[0]', status VARCHAR(30) PATH '$[1]', escalation_level INT PATH '$[2]',
              updated_at DATETIME(6) PATH '$[3]', sla_check_due_at DATETIME(6) PATH '$[4]',
              response_due_at DATETIME(6) PATH '$[5]', resolution_due_at DATETIME(6) PATH '$[6]',
              fr_warned BOOLEAN PATH '$[7]', fr_breached BOOLEAN PATH '$[8]', nr_warned BOOLEAN PATH '$[9]',
              nr_breached BOOLEAN PATH '$[10]', res_warned BOOLEAN PATH '$[11]', res_breached BOOLEAN PATH '$[12]'
            )) AS n ON c.id = n.id
            SET c.status = n.status, c.escalation_level = n.escalation_level, c.updated_at = COALESCE(n.updated_at, c.updated_at),
                c.sla_check_due_at = n.sla_check_due_at, c.response_due_at = n.response_due_at,
                c.resolution_due_at = n.resolution_due_at, c.fr_warned = n.fr_warned, c.fr_breached = n.fr_breached,
                c.nr_warned = n.nr_warned, c.nr_breached = n.nr_breached, c.res_warned = n.res_warned,
                c.res_breached = n.res_breached, c.version = c.version + 1""";

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
            // breach_at (V11): a flag's epoch or the earliest running due time, tested on the open-list index entries;
            // breach_at >= now implies no flag is set, and saying so walks only the unflagged entries (V13)
            where.append(filter.breached() ? " and breachAt < :now"
                    : " and firstResponse.breached = false and nextResponse.breached = false and resolution.breached = false"
                    + " and breachAt >= :now");
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

    /**
     * Rows straight from the connection, not entities: saveSlaChecks writes them itself, and a session
     * holding a hundred managed complaints would walk them again at each of the pass's flushes.
     */
    @Override
    public Uni<List<Complaint>> claimDueForSlaCheck(Instant now, int limit) {
        return NativeSql.rows(CLAIM, List.of(NativeSql.utc(now), limit))
                .map(rows -> rows.stream().map(MariaDbComplaintRepository::claimed).toList())
                .chain(this::toDomain);
    }

    private static ComplaintEntity claimed(Object[] row) {
        ComplaintEntity entity = new ComplaintEntity();
        entity.id = (String) row[0];
        entity.customerId = NativeSql.number(row[1]);
        entity.type = (String) row[2];
        entity.priority = (String) row[3];
        entity.status = (String) row[4];
        entity.subject = (String) row[5];
        entity.description = (String) row[6];
        entity.bookingId = (String) row[7];
        entity.orderId = (String) row[8];
        entity.segment = (String) row[9];
        entity.policyId = (String) row[10];
        entity.assignee = (String) row[11];
        entity.escalationLevel = NativeSql.integer(row[12]);
        entity.resolutionSummary = (String) row[13];
        entity.compensation = (String) row[14];
        entity.compensationAmount = (BigDecimal) row[15];
        entity.resolvedAt = NativeSql.instant(row[16]);
        entity.lastCustomerMessageAt = NativeSql.instant(row[17]);
        entity.csatRating = row[18] == null ? null : NativeSql.integer(row[18]);
        entity.csatComment = (String) row[19];
        entity.csatRecordedAt = NativeSql.instant(row[20]);
        entity.createdAt = NativeSql.instant(row[21]);
        entity.responseDueAt = NativeSql.instant(row[22]);
        entity.resolutionDueAt = NativeSql.instant(row[23]);
        entity.firstResponse = clockColumns(row, 24);
        entity.nextResponse = clockColumns(row, 31);
        entity.resolution = clockColumns(row, 38);
        return entity;
    }

    private static SlaClockColumns clockColumns(Object[] row, int first) {
        SlaClockColumns columns = new SlaClockColumns();
        columns.targetSeconds = NativeSql.number(row[first]);
        columns.state = (String) row[first + 1];
        columns.consumedMicros = NativeSql.number(row[first + 2]);
        columns.runningSince = NativeSql.instant(row[first + 3]);
        columns.stoppedAt = NativeSql.instant(row[first + 4]);
        columns.warned = NativeSql.bool(row[first + 5]);
        columns.breached = NativeSql.bool(row[first + 6]);
        return columns;
    }

    @Override
    public Uni<Void> saveSlaChecks(List<ChangedComplaint> checked) {
        if (checked.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Object[]> rows = checked.stream().map(MariaDbComplaintRepository::checkedRow).toList();
        return NativeSql.update(UPDATE_CHECKED, List.of(JsonRows.of(rows)))
                .invoke(updated -> {
                    if (updated != rows.size()) {
                        throw new IllegalStateException("SLA check stored " + updated + " of " + rows.size() + " claimed complaints");
                    }
                })
                .chain(() -> record(checked));
    }

    private static Object[] checkedRow(ChangedComplaint changed) {
        Complaint complaint = changed.complaint();
        List<ComplaintChange> changes = changed.changes();
        List<Object> row = new ArrayList<>(List.of(complaint.id().toString(), complaint.status().name(), complaint.escalationLevel()));
        row.add(changes.isEmpty() ? null : changes.get(changes.size() - 1).at());
        row.add(complaint.nextSlaCheckAt());
        row.add(complaint.responseDueAt());
        row.add(complaint.resolutionDueAt());
        for (SlaClockKind kind : List.of(SlaClockKind.FIRST_RESPONSE, SlaClockKind.NEXT_RESPONSE, SlaClockKind.RESOLUTION)) {
            SlaClock clock = complaint.clock(kind);
            row.add(clock.warned());
            row.add(clock.breached());
        }
        return row.toArray();
    }

    private Uni<Void> record(Complaint complaint, List<ComplaintChange> changes) {
        return record(List.of(new ChangedComplaint(complaint, changes)));
    }

    /**
     * The thread, audit trail and SLA log rows of the changes, each table's rows in order: the audit
     * and the SLA log rows of any number of complaints in one statement each.
     */
    private Uni<Void> record(List<ChangedComplaint> changed) {
        List<Object[]> audit = new ArrayList<>();
        List<Object[]> slaLog = new ArrayList<>();
        Uni<Void> all = Uni.createFrom().voidItem();
        for (ChangedComplaint each : changed) {
            String id = each.complaint().id().toString();
            for (ComplaintChange change : each.changes()) {
                audit.add(audit(id, change));
                if (change instanceof ComplaintChange.SlaLogged logged) {
                    slaLog.add(slaLog(id, logged.entry()));
                }
                if (change instanceof ComplaintChange.Commented commented) {
                    all = all.chain(() -> thread(id, commented.update()));
                }
            }
        }
        return all.chain(() -> insert(INSERT_AUDIT, audit)).chain(() -> insert(INSERT_SLA_LOG, slaLog));
    }

    private static Uni<Void> insert(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return NativeSql.update(sql, List.of(JsonRows.of(rows))).replaceWithVoid();
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

    /** complaint_id, actor, action, detail, at. */
    private static Object[] audit(String complaintId, ComplaintChange change) {
        String action;
        String detail = null;
        if (change instanceof ComplaintChange.Assigned c) {
            action = "assigned";
            detail = (c.previousAssignee() == null ? "unassigned" : c.previousAssignee()) + " -> " + c.assignee();
        } else if (change instanceof ComplaintChange.StatusChanged c) {
            action = "status_changed";
            detail = c.from().wireName() + " -> " + c.to().wireName() + (c.reason() == null ? "" : ": " + c.reason());
        } else if (change instanceof ComplaintChange.PriorityChanged c) {
            action = "priority_changed";
            detail = c.from().wireName() + " -> " + c.to().wireName();
        } else if (change instanceof ComplaintChange.Resolved c) {
            action = "resolved";
            Compensation compensation = c.resolution().compensation();
            detail = compensation.kind().wireName() + (compensation.isNone() ? "" : " " + compensation.amount());
        } else if (change instanceof ComplaintChange.Escalated c) {
            action = "escalated";
            detail = "level " + c.level() + ": " + c.reason();
        } else if (change instanceof ComplaintChange.Rated c) {
            action = "csat_recorded";
            detail = "rating " + c.csat().rating();
        } else if (change instanceof ComplaintChange.Commented c) {
            action = c.update().isInternal() ? "internal_note_added" : "comment_added";
            detail = c.update().id() + (c.update().attachments().isEmpty() ? ""
                    : " with " + c.update().attachments().size() + " attachment(s)");
        } else if (change instanceof ComplaintChange.SlaLogged c) {
            action = "sla_" + c.entry().kind().wireName();
            detail = c.entry().clock().wireName() + (c.entry().reason() == null ? "" : ": " + c.entry().reason());
        } else {
            action = change.getClass().getSimpleName();
        }
        return new Object[] {complaintId, change.actor(), action, detail, change.at()};
    }

    /** complaint_id, clock, kind, reason, due_at, suspicious, actor, at. */
    private static Object[] slaLog(String complaintId, SlaLogEntry entry) {
        return new Object[] {complaintId, entry.clock().name(), entry.kind().name(), entry.reason(), entry.dueAt(),
                entry.suspicious(), entry.actor(), entry.at()};
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
