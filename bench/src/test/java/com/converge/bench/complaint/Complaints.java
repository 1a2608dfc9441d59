package com.converge.bench.complaint;

import com.converge.bench.Database;
import com.converge.bench.Scenario;
import com.converge.bench.Settings;
import java.sql.SQLException;

/**
 * The complaint-service data set of the complaint scenarios: COMPLAINTS (1,000,000) complaints of
 * 100,000 customers over the last year, with every column of V1 to V7 (V11's breach_at is computed from them) and SLA
 * clocks consistent with the status: 90% resolved or closed (clocks stopped, nothing for the monitor), 10% unresolved with a
 * running resolution clock whose check is due in the future, except SLA_DUE (100) due now. An unresolved complaint whose
 * resolution target has passed carries the warned and breached flags and escalation level 1, as the monitor leaves it at
 * its due time (so most unresolved complaints are breached: the oldest open ones are). Loading
 * empties complaint-service's complaint tables first: run it on the local stack only.
 */
final class Complaints {

    static final Database DB = new Database(Settings.get("COMPLAINT_DATABASE", "complaint"));
    static final Scenario.Service SERVICE = new Scenario.Service("complaint-service", "COMPLAINT_PORT", 8082);
    static final int COMPLAINTS = Settings.integer("COMPLAINTS", 1_000_000);
    static final int SLA_DUE = Settings.integer("SLA_DUE", 100);
    static final int CUSTOMERS = 100_000;
    private static final int CHUNK = 100_000;

    private Complaints() {
    }

    static void load() throws SQLException {
        System.out.printf("complaint: loading %,d complaints (%,d with an SLA check due) into %s%n", COMPLAINTS, SLA_DUE,
                DB.name());
        DB.execute("emptied the complaints, their threads, audit, SLA log, triage, health and outbox",
                "TRUNCATE TABLE complaint", "TRUNCATE TABLE complaint_update", "TRUNCATE TABLE complaint_attachment",
                "TRUNCATE TABLE complaint_audit", "TRUNCATE TABLE sla_log", "TRUNCATE TABLE complaint_triage",
                "TRUNCATE TABLE customer_health", "TRUNCATE TABLE outbox_event", "TRUNCATE TABLE idempotency_key");
        // chunks of 100,000 keep each transaction (and its undo log) small next to a 128 MiB buffer pool;
        // unique_checks off: ids are generated unique
        String[] chunks = new String[COMPLAINTS / CHUNK + 2];
        chunks[0] = "SET unique_checks = 0";
        for (int c = 0; c < COMPLAINTS / CHUNK; c++) {
            chunks[c + 1] = insert(c * CHUNK + 1, (c + 1) * CHUNK);
        }
        chunks[chunks.length - 1] = "SET unique_checks = 1";
        DB.execute(String.format("inserted %,d complaints in chunks of %,d", COMPLAINTS, CHUNK), chunks);
        DB.execute("analyzed", "ANALYZE TABLE complaint");
    }

    /**
     * Complaint n: created (n / COMPLAINTS) of a year ago to now, so the newest are the open ones
     * (n > 90%); ids as UUIDv7-shaped strings in creation order.
     */
    private static String insert(int from, int to) {
        String created = "DATE_SUB(UTC_TIMESTAMP(6), INTERVAL (" + COMPLAINTS + " - seq) * 31 SECOND)";
        String open = "seq > " + (COMPLAINTS - COMPLAINTS / 10);
        String due = "seq > " + (COMPLAINTS - COMPLAINTS / 10) + " AND seq <= " + (COMPLAINTS - COMPLAINTS / 10 + SLA_DUE);
        // open, not among the SLA_DUE the monitor has yet to look at, and created more than the 3-day target ago
        String breached = "(" + open + " AND NOT (" + due + ") AND (" + COMPLAINTS + " - seq) * 31 > 259200)";
        return "INSERT INTO complaint (id, customer_id, type, priority, status, subject, description, booking_id, order_id,"
                + " created_at, response_due_at, resolution_due_at, version, segment, policy_id, assignee, escalation_level,"
                + " resolution_summary, compensation, compensation_amount, resolved_at, last_customer_message_at, updated_at,"
                + " sla_check_due_at, fr_target_seconds, fr_state, fr_consumed_micros, fr_running_since, fr_stopped_at,"
                + " fr_warned, fr_breached, nr_target_seconds, nr_state, nr_consumed_micros, nr_running_since,"
                + " nr_stopped_at, nr_warned, nr_breached, res_target_seconds, res_state, res_consumed_micros,"
                + " res_running_since, res_stopped_at, res_warned, res_breached, csat_rating, csat_comment, csat_recorded_at)"
                + " SELECT CONCAT('00000000-0000-7000-8000-', LPAD(seq, 12, '0')), 1 + seq % " + CUSTOMERS + ","
                + " ELT(1 + seq % 7, 'SERVICE_QUALITY', 'PROVIDER_BEHAVIOR', 'BILLING', 'DELAY', 'DAMAGE', 'REFUND_REQUEST', 'OTHER'),"
                + " ELT(1 + seq % 4, 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'),"
                + " IF(" + open + ", ELT(1 + seq % 4, 'OPEN', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER', 'ESCALATED'), IF(seq % 3 = 0, 'CLOSED', 'RESOLVED')),"
                + " CONCAT('Bench complaint ', seq), 'A complaint of the benchmark data set', NULL, NULL,"
                // due times as the service stores them: only a running clock has one (first response stopped)
                + " " + created + ", NULL, IF(" + open + ", DATE_ADD(" + created + ", INTERVAL 3 DAY), NULL), 1,"
                + " 'standard', 'default', IF(seq % 4 = 0, NULL, CONCAT('agent-', seq % 50)), IF(" + open + " AND seq % 4 = 3 OR " + breached + ", 1, 0),"
                + " IF(" + open + ", NULL, 'Sorted'), IF(" + open + ", NULL, 'NONE'), NULL,"
                + " IF(" + open + ", NULL, DATE_ADD(" + created + ", INTERVAL 1 DAY)), " + created + ","
                + " IF(" + open + ", " + created + ", DATE_ADD(" + created + ", INTERVAL 1 DAY)),"
                // the monitor's next look: due now for SLA_DUE rows, an hour ahead for the other open ones
                + " IF(" + due + ", DATE_SUB(UTC_TIMESTAMP(6), INTERVAL 1 SECOND), IF(" + open + ", DATE_ADD(UTC_TIMESTAMP(6), INTERVAL 1 HOUR), NULL)),"
                + " 14400, 'STOPPED', 3600000000, NULL, DATE_ADD(" + created + ", INTERVAL 1 HOUR), FALSE, FALSE,"
                + " 14400, 'IDLE', 0, NULL, NULL, FALSE, FALSE,"
                + " 259200, IF(" + open + ", 'RUNNING', 'STOPPED'), IF(" + open + ", 0, 86400000000),"
                + " IF(" + open + ", " + created + ", NULL), IF(" + open + ", NULL, DATE_ADD(" + created + ", INTERVAL 1 DAY)),"
                + " " + breached + ", " + breached + ","
                + " IF(" + open + " OR seq % 5 > 0, NULL, 1 + seq % 5), NULL,"
                + " IF(" + open + " OR seq % 5 > 0, NULL, DATE_ADD(" + created + ", INTERVAL 2 DAY))"
                + " FROM seq_" + from + "_to_" + to;
    }
}
