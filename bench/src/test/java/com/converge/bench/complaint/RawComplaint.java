package com.converge.bench.complaint;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Raising a complaint in plain JDBC: the statements CreateComplaintService runs in its transaction, in
 * the same order (triage reads: the customer's stored health and recent complaints; segment; policies;
 * the complaint row with its clocks; an audit row and an SLA-log row for each clock started (first
 * response, resolution); the ComplaintCreated outbox row; the triage row; the health recompute mark).
 * What it leaves out is the service's own cost: HTTP, JWT, JSON, validation, Hibernate, the reactive pool.
 */
final class RawComplaint {

    private RawComplaint() {
    }

    static void raise(Connection connection, long customerId) throws SQLException {
        connection.setAutoCommit(false);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        String id = UUID.randomUUID().toString();
        query(connection, "SELECT score, published_score, at_risk FROM customer_health WHERE customer_id = ?", customerId);
        query(connection, "SELECT COUNT(*) FROM complaint WHERE customer_id = ? AND created_at >= ?", customerId,
                now.minusDays(30));
        query(connection, "SELECT customer_id, segment, updated_by, updated_at FROM customer_segment WHERE customer_id = ?",
                customerId);
        query(connection, "SELECT id, name, position, definition, updated_at FROM sla_policy ORDER BY position");
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
        for (String clock : new String[] {"FIRST_RESPONSE", "RESOLUTION"}) {
            update(connection, "INSERT INTO complaint_audit (complaint_id, actor, action, detail, at) VALUES (?, ?, 'sla_started', ?, ?)",
                    id, String.valueOf(customerId), clock.toLowerCase() + ": applied policy default", now);
            update(connection, "INSERT INTO sla_log (complaint_id, clock, kind, reason, due_at, suspicious, actor, at)"
                    + " VALUES (?, ?, 'STARTED', 'applied policy default', ?, FALSE, ?, ?)", id, clock, now.plusHours(4),
                    String.valueOf(customerId), now);
        }
        update(connection, "INSERT INTO outbox_event (event_id, topic, aggregate_id, event_type, data_schema, source,"
                        + " occurred_at, payload) VALUES (?, 'complaint-events', ?, 'ComplaintCreated', ?, 'complaint-service', ?, ?)",
                UUID.randomUUID().toString(), id, "/contracts/schemas/ComplaintCreated.json", now,
                "{\"complaintId\":\"" + id + "\",\"customerId\":" + customerId + ",\"type\":\"delay\",\"priority\":\"high\","
                        + "\"subject\":\"Plumber did not arrive\",\"responseDueAt\":\"" + now.plusHours(4) + "Z\"}");
        update(connection, "INSERT INTO complaint_triage (complaint_id, suggested_priority, points, reasons, triaged_at)"
                + " VALUES (?, 'HIGH', 40, '[\"type delay\"]', ?)", id, now);
        update(connection, """
                INSERT INTO customer_health (customer_id, recompute_due_at) VALUES (?, ?)
                ON DUPLICATE KEY UPDATE recompute_due_at = COALESCE(LEAST(recompute_due_at, VALUES(recompute_due_at)), VALUES(recompute_due_at))""",
                customerId, now);
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
