package com.converge.bench.complaint;

import com.converge.bench.Figures;
import com.converge.bench.Scenario;
import com.converge.bench.Settings;
import com.converge.bench.Summary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.HdrHistogram.Histogram;

/**
 * complaint-sla-monitor (issue 3): one SLA monitor pass under 50 ms with 1,000,000 complaints stored
 * and SLA_DUE (200, the service's batch size) due. A pass is not a request and the service publishes no
 * metric of its duration, so this times, over JDBC, the statements SlaMonitorService and
 * MariaDbComplaintRepository issue in one transaction: the claim (SELECT * ... WHERE sla_check_due_at
 * <= now ORDER BY sla_check_due_at LIMIT 200 FOR UPDATE SKIP LOCKED), the policies read, then for every
 * claimed complaint what a warning costs (Hibernate's UPDATE of the whole row with its version check,
 * an audit row, an SLA-log row, the outbox row, the customer's health mark), and the commit. Between
 * passes the due rows are made due again (not timed). It leaves out the service's own cost (Hibernate
 * materializing 200 entities, the domain's clock arithmetic, the reactive round trips one by one).
 * The service need not be up; if it is, its own monitor may claim some due rows (the claimed count shows it).
 */
public final class SlaMonitorScenario implements Scenario {

    private static final double PASS_TARGET_MS = 50;
    private static final int PASSES = Settings.integer("PASSES", 50);

    @Override
    public String simulation() {
        return "";
    }

    @Override
    public Service[] services() {
        return new Service[0];
    }

    @Override
    public void prepare() throws Exception {
        Complaints.load();
    }

    @Override
    public void finish(Summary summary) throws Exception {
        Histogram claims = new Histogram(3);
        Histogram passes = new Histogram(3);
        long claimed = 0;
        long start = System.nanoTime();
        try (Connection connection = Complaints.DB.connect()) {
            for (int i = 0; i < PASSES; i++) {
                makeDue(connection);
                long passStart = System.nanoTime();
                List<String[]> due = claim(connection);
                claims.recordValue(Math.max(1, (System.nanoTime() - passStart) / 1000));
                store(connection, due);
                connection.commit();
                passes.recordValue(Math.max(1, (System.nanoTime() - passStart) / 1000));
                claimed += due.size();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Figures pass = Figures.of("raw SQL pass (claim + store all)", passes, 0, seconds);
        Figures claim = Figures.of("raw SQL claim statement alone", claims, 0, seconds);

        summary.section(String.format("  %d SLA monitor passes one after the other, %,d due of %,d stored; %,d claimed in all"
                + " (per s: passes per second including the untimed reset)", PASSES, Complaints.SLA_DUE, Complaints.COMPLAINTS, claimed));
        summary.note("measured: the service's statements of a pass over JDBC, not the service (see SlaMonitorScenario)");
        summary.figures(pass, claim);
        summary.verdict(String.format("pass p99 %.1f ms < %.0f ms (statements only; the service adds its own cost)", pass.p99(),
                PASS_TARGET_MS), pass.p99() < PASS_TARGET_MS);
        summary.verdict(String.format("every pass claimed the due rows: %,d of %,d", claimed, (long) PASSES * Complaints.SLA_DUE),
                claimed == (long) PASSES * Complaints.SLA_DUE);
    }

    /** The loader's due rows (the oldest unresolved ones) due again, unwarned. */
    private static void makeDue(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        int first = Complaints.COMPLAINTS - Complaints.COMPLAINTS / 10 + 1;
        try (PreparedStatement reset = connection.prepareStatement("UPDATE complaint SET sla_check_due_at ="
                + " DATE_SUB(UTC_TIMESTAMP(6), INTERVAL 1 SECOND), res_warned = FALSE WHERE id BETWEEN ? AND ?")) {
            reset.setString(1, String.format("00000000-0000-7000-8000-%012d", first));
            reset.setString(2, String.format("00000000-0000-7000-8000-%012d", first + Complaints.SLA_DUE - 1));
            reset.executeUpdate();
        }
        connection.commit();
    }

    private static List<String[]> claim(Connection connection) throws SQLException {
        List<String[]> due = new ArrayList<>();
        try (PreparedStatement statement = RawComplaint.prepare(connection, "SELECT * FROM complaint"
                        + " WHERE sla_check_due_at <= ? ORDER BY sla_check_due_at LIMIT ? FOR UPDATE SKIP LOCKED",
                LocalDateTime.now(ZoneOffset.UTC), Complaints.SLA_DUE); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                due.add(new String[] {rows.getString("id"), rows.getString("customer_id"), rows.getString("version")});
            }
        }
        try (PreparedStatement statement = RawComplaint.prepare(connection, "SELECT * FROM sla_policy WHERE id IN (?)", "default")) {
            statement.executeQuery().close();
        }
        return due;
    }

    /** What one warning per complaint writes, as Hibernate and the service's adapters write it. */
    private static void store(Connection connection, List<String[]> due) throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        for (String[] complaint : due) {
            String id = complaint[0];
            try (PreparedStatement update = RawComplaint.prepare(connection, "UPDATE complaint SET customer_id = ?, type = type,"
                    + " priority = priority, status = status, subject = subject, description = description, segment = segment,"
                    + " policy_id = policy_id, assignee = assignee, escalation_level = escalation_level, updated_at = ?,"
                    + " sla_check_due_at = ?, res_target_seconds = res_target_seconds, res_state = res_state,"
                    + " res_consumed_micros = res_consumed_micros, res_running_since = res_running_since, res_warned = TRUE,"
                    + " res_breached = res_breached, fr_state = fr_state, nr_state = nr_state, version = ? WHERE id = ? AND version = ?",
                    complaint[1], now, now.plusHours(1), Long.parseLong(complaint[2]) + 1, id, complaint[2])) {
                update.executeUpdate();
            }
            try (PreparedStatement audit = RawComplaint.prepare(connection, "INSERT INTO complaint_audit (complaint_id, actor,"
                    + " action, detail, at) VALUES (?, 'system', 'sla_warned', 'resolution: 80% of the target used', ?)", id, now)) {
                audit.executeUpdate();
            }
            try (PreparedStatement log = RawComplaint.prepare(connection, "INSERT INTO sla_log (complaint_id, clock, kind, reason,"
                    + " due_at, suspicious, actor, at) VALUES (?, 'RESOLUTION', 'WARNED', '80% of the target used', ?, FALSE,"
                    + " 'system', ?)", id, now.plusHours(1), now)) {
                log.executeUpdate();
            }
            try (PreparedStatement outbox = RawComplaint.prepare(connection, "INSERT INTO outbox_event (event_id, topic,"
                    + " aggregate_id, event_type, data_schema, source, occurred_at, payload) VALUES (?, 'complaint-events', ?,"
                    + " 'ComplaintSlaWarning', '/contracts/schemas/ComplaintSlaWarning.json', 'complaint-service', ?, ?)",
                    UUID.randomUUID().toString(), id, now, "{\"complaintId\":\"" + id + "\",\"clock\":\"resolution\"}")) {
                outbox.executeUpdate();
            }
            try (PreparedStatement health = RawComplaint.prepare(connection, "INSERT INTO customer_health (customer_id,"
                    + " recompute_due_at) VALUES (?, ?) ON DUPLICATE KEY UPDATE recompute_due_at ="
                    + " COALESCE(LEAST(recompute_due_at, VALUES(recompute_due_at)), VALUES(recompute_due_at))", complaint[1], now)) {
                health.executeUpdate();
            }
        }
    }
}
