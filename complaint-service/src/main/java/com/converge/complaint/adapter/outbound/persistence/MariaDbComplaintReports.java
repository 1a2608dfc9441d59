package com.converge.complaint.adapter.outbound.persistence;

import com.converge.kernel.persistence.NativeSql;
import com.converge.complaint.application.port.outbound.ComplaintReports;
import com.converge.complaint.application.port.outbound.ReportFilter;
import com.converge.complaint.domain.BacklogAge;
import com.converge.complaint.domain.ComplaintSlaHistory;
import com.converge.complaint.domain.ComplaintType;
import com.converge.complaint.domain.CsatReport;
import com.converge.complaint.domain.FlaggedPause;
import com.converge.complaint.domain.Priority;
import com.converge.complaint.domain.SlaClockKind;
import com.converge.complaint.domain.SlaLogEntry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reports' reads. Compliance reads the complaints of a period by {@code ix_complaint_created}
 * and their logs by {@code ix_sla_log_complaint}; the backlog walks {@code ix_complaint_open};
 * flagged pauses {@code ix_sla_log_kind}; CSAT {@code ix_complaint_csat}.
 */
@ApplicationScoped
public class MariaDbComplaintReports implements ComplaintReports {

    private static final String FLAGGED = """
            FROM sla_log l JOIN complaint c ON c.id = l.complaint_id
            WHERE l.kind = 'PAUSED' AND l.suspicious AND l.at >= ?1 AND l.at < ?2""";

    @Override
    public Uni<List<ComplaintSlaHistory>> slaHistories(ReportFilter filter) {
        if (matchesNobody(filter)) {
            return Uni.createFrom().item(List.of());
        }
        List<Object> parameters = period(filter);
        String sql = """
                SELECT c.id, c.type, c.priority, c.assignee, c.policy_id, l.clock, l.kind, l.reason, l.due_at, l.suspicious,
                       l.actor, l.at
                FROM complaint c JOIN sla_log l ON l.complaint_id = c.id
                WHERE c.created_at >= ?1 AND c.created_at < ?2""" + criteria(filter, parameters) + " ORDER BY c.id, l.id";
        return NativeSql.rows(sql, parameters).map(rows -> {
            Map<String, List<Object[]>> byComplaint = new LinkedHashMap<>();
            rows.forEach(row -> byComplaint.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add(row));
            return byComplaint.values().stream().map(MariaDbComplaintReports::history).toList();
        });
    }

    @Override
    public Uni<Map<BacklogAge, Long>> backlog(ReportFilter filter, Instant now) {
        if (matchesNobody(filter)) {
            return Uni.createFrom().item(Map.of());
        }
        List<Instant> cutoffs = BacklogAge.cutoffs(now);
        List<Object> parameters = new ArrayList<>();
        StringBuilder bucket = new StringBuilder("CASE");
        for (int i = 0; i < cutoffs.size(); i++) {
            parameters.add(NativeSql.utc(cutoffs.get(i)));
            bucket.append(" WHEN c.created_at > ?").append(parameters.size()).append(" THEN ").append(i);
        }
        bucket.append(" ELSE ").append(cutoffs.size()).append(" END");
        String sql = "SELECT " + bucket + " AS bucket, COUNT(*) FROM complaint c WHERE c.unresolved"
                + criteria(filter, parameters) + " GROUP BY bucket";
        return NativeSql.rows(sql, parameters).map(rows -> {
            Map<BacklogAge, Long> counts = new EnumMap<>(BacklogAge.class);
            rows.forEach(row -> counts.put(BacklogAge.values()[(int) NativeSql.number(row[0])], NativeSql.number(row[1])));
            return counts;
        });
    }

    @Override
    public Uni<Long> flaggedPauseCount(ReportFilter filter) {
        if (matchesNobody(filter)) {
            return Uni.createFrom().item(0L);
        }
        List<Object> parameters = period(filter);
        // a pause logs one row per running clock: a pause is its complaint and moment
        String sql = "SELECT COUNT(DISTINCT l.complaint_id, l.at) " + FLAGGED + criteria(filter, parameters);
        return NativeSql.value(sql, parameters).map(NativeSql::number);
    }

    @Override
    public Uni<List<FlaggedPause>> flaggedPauses(ReportFilter filter, boolean newestFirst, Instant afterAt,
                                                 String afterComplaintId, int limit) {
        if (matchesNobody(filter)) {
            return Uni.createFrom().item(List.of());
        }
        List<Object> parameters = period(filter);
        StringBuilder sql = new StringBuilder("SELECT l.complaint_id, l.at, MIN(l.actor), MIN(l.reason), MIN(c.assignee) ")
                .append(FLAGGED).append(criteria(filter, parameters));
        if (afterAt != null) {
            String op = newestFirst ? "<" : ">";
            parameters.add(NativeSql.utc(afterAt));
            int at = parameters.size();
            parameters.add(afterComplaintId);
            sql.append(" AND (l.at ").append(op).append(" ?").append(at).append(" OR (l.at = ?").append(at)
                    .append(" AND l.complaint_id ").append(op).append(" ?").append(parameters.size()).append("))");
        }
        String direction = newestFirst ? " DESC" : "";
        parameters.add(limit);
        sql.append(" GROUP BY l.complaint_id, l.at ORDER BY l.at").append(direction).append(", l.complaint_id").append(direction)
                .append(" LIMIT ?").append(parameters.size());
        return NativeSql.rows(sql.toString(), parameters).map(rows -> rows.stream().map(row -> new FlaggedPause((String) row[0],
                NativeSql.instant(row[1]), (String) row[2], (String) row[3], (String) row[4])).toList());
    }

    @Override
    public Uni<List<CsatReport.Count>> csatCounts(ReportFilter filter) {
        if (matchesNobody(filter)) {
            return Uni.createFrom().item(List.of());
        }
        List<Object> parameters = period(filter);
        String sql = "SELECT c.assignee, c.type, c.csat_rating, COUNT(*) FROM complaint c"
                + " WHERE c.csat_recorded_at >= ?1 AND c.csat_recorded_at < ?2" + criteria(filter, parameters)
                + " GROUP BY c.assignee, c.type, c.csat_rating";
        return NativeSql.rows(sql, parameters).map(rows -> rows.stream().map(row -> new CsatReport.Count((String) row[0],
                ComplaintType.valueOf((String) row[1]), (int) NativeSql.number(row[2]), NativeSql.number(row[3]))).toList());
    }

    private static boolean matchesNobody(ReportFilter filter) {
        return filter.assignees() != null && filter.assignees().isEmpty();
    }

    private static List<Object> period(ReportFilter filter) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(NativeSql.utc(filter.period().from()));
        parameters.add(NativeSql.utc(filter.period().to()));
        return parameters;
    }

    /** The filter's criteria on complaint {@code c}, their values appended to {@code parameters}. */
    private static String criteria(ReportFilter filter, List<Object> parameters) {
        StringBuilder sql = new StringBuilder();
        if (filter.priority() != null) {
            parameters.add(filter.priority().name());
            sql.append(" AND c.priority = ?").append(parameters.size());
        }
        if (filter.type() != null) {
            parameters.add(filter.type().name());
            sql.append(" AND c.type = ?").append(parameters.size());
        }
        if (filter.assignees() != null) {
            parameters.add(List.copyOf(filter.assignees()));
            sql.append(" AND c.assignee IN (?").append(parameters.size()).append(")");
        }
        return sql.toString();
    }

    private static ComplaintSlaHistory history(List<Object[]> rows) {
        Object[] first = rows.get(0);
        List<SlaLogEntry> log = rows.stream().map(row -> new SlaLogEntry(SlaClockKind.valueOf((String) row[5]),
                SlaLogEntry.Kind.valueOf((String) row[6]), (String) row[7], NativeSql.instant(row[8]), NativeSql.bool(row[9]),
                (String) row[10], NativeSql.instant(row[11]))).toList();
        return new ComplaintSlaHistory((String) first[0], ComplaintType.valueOf((String) first[1]),
                Priority.valueOf((String) first[2]), (String) first[3], (String) first[4], log);
    }
}
