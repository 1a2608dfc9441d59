package com.converge.bench.complaint;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Raising a complaint in plain JDBC: the statements CreateComplaintService runs in its transaction
 * (MariaDbComplaintIntake, MariaDbComplaintRepository), in the same order: one read of triage's facts
 * (stored health, recent complaints), the segment and the policies as scalar subqueries; the audit rows
 * and the SLA-log rows of the two clocks started (first response, resolution) as one JSON_TABLE insert
 * each; the ComplaintCreated outbox row; the triage row; the health recompute mark; and the complaint
 * row, which Hibernate flushes at commit. 7 statements, 9 round trips with BEGIN and COMMIT.
 * What it leaves out is the service's own cost: HTTP, JWT, JSON, validation, Hibernate, the reactive pool.
 */
final class RawComplaint {

    /** The service's statements (MariaDbComplaintRepository), verbatim. */
    static final String INSERT_AUDIT = """
            INSERT INTO complaint_audit (complaint_id, actor, action, detail, at)
            SELECT complaint_id, actor, action, detail, at FROM JSON_TABLE(?, '$[*]' COLUMNS (row_order FOR ORDINALITY,
              complaint_id CHAR(36) PATH '$[0]', actor VARCHAR(100) PATH '$[1]', action VARCHAR(40) PATH '$[2]',
              detail TEXT PATH '$[3]', at DATETIME(6) PATH '$[4]')) AS r ORDER BY row_order""";
    static final String INSERT_SLA_LOG = """
            INSERT INTO sla_log (complaint_id, clock, kind, reason, due_at, suspicious, actor, at)
            SELECT complaint_id, clock, kind, reason, due_at, suspicious, actor, at FROM JSON_TABLE(?, '$[*]' COLUMNS (
              row_order FOR ORDINALITY, complaint_id CHAR(36) PATH '$[0]', clock VARCHAR(20) PATH '$[1]',
              kind VARCHAR(20) PATH '$[2]', reason TEXT PATH '$[3]', due_at DATETIME(6) PATH '$[4]',
              suspicious BOOLEAN PATH '$[5]', actor VARCHAR(100) PATH '$[6]', at DATETIME(6) PATH '$[7]')) AS r
            ORDER BY row_order""";
    static final String MARK_HEALTH_DUE = """
            INSERT INTO customer_health (customer_id, recompute_due_at) VALUES (?, ?)
            ON DUPLICATE KEY UPDATE recompute_due_at = COALESCE(LEAST(recompute_due_at, VALUES(recompute_due_at)), VALUES(recompute_due_at))""";
    static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private RawComplaint() {
    }

    static void raise(Connection connection, long customerId) throws SQLException {
        connection.setAutoCommit(false);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        String id = UUID.randomUUID().toString();
        query(connection, """
                SELECT
                  (SELECT score FROM customer_health WHERE customer_id = ?),
                  (SELECT COUNT(*) FROM complaint WHERE customer_id = ? AND created_at >= ?),
                  (SELECT segment FROM customer_segment WHERE customer_id = ?),
                  (SELECT COUNT(*) FROM sla_policy),
                  (SELECT JSON_ARRAYAGG(JSON_ARRAY(id, name, position, definition)) FROM sla_policy)""",
                customerId, customerId, now.minusDays(30), customerId);
        List<String> audit = new ArrayList<>();
        List<String> slaLog = new ArrayList<>();
        for (String clock : new String[] {"FIRST_RESPONSE", "RESOLUTION"}) {
            audit.add(String.format("[\"%s\",\"%d\",\"sla_applied\",\"%s: applied policy default\",\"%s\"]", id,
                    customerId, clock.toLowerCase(), now.format(DATETIME)));
            slaLog.add(String.format("[\"%s\",\"%s\",\"APPLIED\",\"applied policy default\",\"%s\",false,\"%d\",\"%s\"]",
                    id, clock, now.plusHours(4).format(DATETIME), customerId, now.format(DATETIME)));
        }
        update(connection, INSERT_AUDIT, "[" + String.join(",", audit) + "]");
        update(connection, INSERT_SLA_LOG, "[" + String.join(",", slaLog) + "]");
        update(connection, "INSERT INTO outbox_event (event_id, topic, aggregate_id, event_type, data_schema, source,"
                        + " occurred_at, payload) VALUES (?, 'complaint-events', ?, 'ComplaintCreated', ?, 'complaint-service', ?, ?)",
                UUID.randomUUID().toString(), id, "/contracts/schemas/ComplaintCreated.json", now,
                "{\"complaintId\":\"" + id + "\",\"customerId\":" + customerId + ",\"type\":\"delay\",\"priority\":\"high\","
                        + "\"subject\":\"Plumber did not arrive\",\"responseDueAt\":\"" + now.plusHours(4) + "Z\"}");
        update(connection, "INSERT INTO complaint_triage (complaint_id, suggested_priority, points, reasons, triaged_at)"
                + " VALUES (?, 'HIGH', 40, '[\"type delay\"]', ?)", id, now);
        update(connection, MARK_HEALTH_DUE, customerId, now);
        update(connection, """
                INSERT INTO complaint (id, customer_id, type, priority, status, subject, description, booking_id, order_id,
                  created_at, response_due_at, resolution_due_at, version, segment, policy_id, escalation_level, updated_at,
                  sla_check_due_at, fr_target_seconds, fr_state, fr_consumed_micros, fr_running_since, fr_warned, fr_breached,
                  nr_target_seconds, nr_state, nr_consumed_micros, nr_warned, nr_breached, res_target_seconds, res_state,
                  res_consumed_micros, res_running_since, res_warned, res_breached)
                VALUES (?, ?, 'DELAY', 'HIGH', 'OPEN', 'Plumber did not arrive', 'The slot was 10:00-12:00 and nobody came.',
                  NULL, NULL, ?, ?, ?, 0, 'standard', 'default', 0, ?, ?, 14400, 'RUNNING', 0, ?, FALSE, FALSE,
                  14400, 'IDLE', 0, FALSE, FALSE, 259200, 'RUNNING', 0, ?, FALSE, FALSE)""",
                id, customerId, now, now.plusHours(4), now.plusDays(3), now, now.plusHours(3), now, now);
        connection.commit();
    }

    private static void query(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.executeQuery().close();
        }
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.executeUpdate();
        }
    }

    static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
