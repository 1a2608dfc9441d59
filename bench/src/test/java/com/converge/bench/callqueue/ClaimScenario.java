package com.converge.bench.callqueue;

import com.converge.bench.Database;
import com.converge.bench.Figures;
import com.converge.bench.RawSql;
import com.converge.bench.ResponseTimes;
import com.converge.bench.Scenario;
import com.converge.bench.Settings;
import com.converge.bench.Summary;
import com.converge.bench.Timings;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * callqueue-claim (issue 6): 100,000 active entries, 50 agents claiming and recording outcomes in a
 * loop; target claim p99 under 20 ms and no entry given to two agents.
 */
public final class ClaimScenario implements Scenario {

    static final int ENTRIES = Settings.integer("ENTRIES", 100_000);
    /** Entries whose callback is already due: the claim's first step (due callbacks) has work too. */
    static final int DUE_CALLBACKS = ENTRIES / 100;
    /**
     * Customers on the do-not-call list, and customers already called today (daily_attempt rows), none
     * of them in the queue: the list only grows, and a busy day's attempts pile up; the claim's
     * eligibility checks read both tables.
     */
    static final int DO_NOT_CALL = Settings.integer("DO_NOT_CALL", 50_000);
    static final int CALLED_TODAY = Settings.integer("CALLED_TODAY", 50_000);
    private static final double CLAIM_P99_TARGET_MS = 20;

    /**
     * An agent's average time on the call between the claim and its outcome (TALK_MILLIS, 250 ms; each
     * call takes between half and one and a half times it, so the agents, who all start at once, do not
     * claim in lockstep; 0 makes the loop back-to-back). Real calls take minutes, so 250 ms is still fifty agents claiming several
     * hundred times faster than a real floor; with no time on the call, 50 agents keep 50 requests in
     * flight at all times, and a claim's p99 is then bound below by 50 over the requests per second the
     * machine serves (Little's law), whatever the service does.
     */
    static Duration talkTime() {
        return Duration.ofMillis(Settings.integer("TALK_MILLIS", 250));
    }
    /** How queue_entry.queue spells unsigned_users (the enum's name). */
    static final String QUEUE_COLUMN = "UNSIGNED_USERS";

    private final Database db = new Database(Settings.get("CALLQUEUE_DATABASE", "callqueue"));

    @Override
    public String simulation() {
        return ClaimSimulation.class.getName();
    }

    @Override
    public Service[] services() {
        return new Service[] {new Service("callqueue-service", "CALLQUEUE_PORT", 8084)};
    }

    @Override
    public void prepare() throws Exception {
        System.out.printf("callqueue-claim: loading %,d active entries into %s.queue_entry (every table the run writes is emptied first)%n",
                ENTRIES, db.name());
        load();
    }

    /** Empties what claims and outcomes write, then bulk-inserts the entries (MariaDB's sequence engine). */
    private void load() throws SQLException {
        db.execute("emptied queue_entry, score_change, call_record, daily_attempt, do_not_call, outbox_event",
                "TRUNCATE TABLE queue_entry", "TRUNCATE TABLE score_change", "TRUNCATE TABLE call_record",
                "TRUNCATE TABLE daily_attempt", "TRUNCATE TABLE do_not_call", "TRUNCATE TABLE outbox_event");
        db.execute(String.format("inserted %,d entries at score 0, %,d of them with a callback due", ENTRIES, DUE_CALLBACKS),
                "INSERT INTO queue_entry (id, customer_id, queue, score, attempts, source, callback_due_at, callback_reason,"
                        + " active, enqueued_at, updated_at)"
                        + " SELECT UUID(), 50000000 + seq, '" + QUEUE_COLUMN + "', 0, 0, 'registration',"
                        + " IF(seq % 100 = 0, UTC_TIMESTAMP(6) - INTERVAL 1 HOUR, NULL), IF(seq % 100 = 0, 'bench', NULL),"
                        + " TRUE, UTC_TIMESTAMP(6) - INTERVAL 1 DAY, UTC_TIMESTAMP(6) - INTERVAL 1 DAY"
                        + " FROM seq_1_to_" + ENTRIES,
                "ANALYZE TABLE queue_entry");
        db.execute(String.format("inserted %,d do-not-call customers and %,d customers called once today", DO_NOT_CALL,
                        CALLED_TODAY),
                "INSERT INTO do_not_call (customer_id, added_by, reason, added_at)"
                        + " SELECT 60000000 + seq, 'bench', NULL, UTC_TIMESTAMP(6) FROM seq_1_to_" + Math.max(1, DO_NOT_CALL)
                        + " WHERE seq <= " + DO_NOT_CALL,
                "INSERT INTO daily_attempt (customer_id, call_day, attempts)"
                        + " SELECT 70000000 + seq, DATE(CONVERT_TZ(UTC_TIMESTAMP(), '+00:00', '+05:30')), 1 FROM seq_1_to_"
                        + Math.max(1, CALLED_TODAY) + " WHERE seq <= " + CALLED_TODAY,
                "ANALYZE TABLE do_not_call, daily_attempt");
    }

    @Override
    public void finish(Summary summary) throws Exception {
        Path measured = Settings.workDirectory().resolve(ClaimSimulation.RESULTS);
        Figures claim = ResponseTimes.read(measured, "claim", "service POST .../claim");
        Figures outcome = ResponseTimes.read(measured, "outcome", "service POST .../outcomes");
        Properties seen = new Properties();
        seen.load(new StringReader(Files.readString(Settings.workDirectory().resolve("callqueue-claim-handouts.properties"))));
        long handedOutTwice = Long.parseLong(seen.getProperty("handedOutTwice"));
        long calledTwice = calledTwice();
        long calls = db.count("SELECT COUNT(*) FROM call_record");

        System.out.println("callqueue-claim: raw-SQL baseline on the same data (reloaded)");
        load();
        int workers = Settings.integer("AGENTS", 50);
        Duration duration = Duration.ofSeconds(Settings.integer("DURATION_SECONDS", 60));
        Duration talk = talkTime();
        Timings timings = new Timings("claim", "outcome");
        double seconds = RawSql.closed(db, workers, duration, timings, (connection, worker, start) -> {
            String agent = "raw-agent-" + (worker + 1);
            String entry = RawClaim.claim(connection, agent);
            timings.record("claim", start, entry != null);
            if (entry != null) {
                Thread.sleep(ThreadLocalRandom.current().nextLong(talk.toMillis() / 2, talk.toMillis() * 3 / 2 + 1));
                long outcomeStart = System.nanoTime();
                RawClaim.recordOutcome(connection, entry, agent);
                timings.record("outcome", outcomeStart, true);
            }
            return true;
        });
        Figures rawClaim = timings.figures("claim", "raw SQL claim transaction", seconds);
        Figures rawOutcome = timings.figures("outcome", "raw SQL outcome transaction", seconds);
        long rawCalledTwice = calledTwice();

        summary.section(String.format("  %,d active entries (%,d do-not-call, %,d called today), %d agents, %d ms on each call,"
                + " %d s measured after a warm-up", ENTRIES, DO_NOT_CALL, CALLED_TODAY, workers, talk.toMillis(), duration.toSeconds()));
        summary.figures(claim, outcome, rawClaim, rawOutcome);
        summary.ratio("claim", claim, rawClaim);
        summary.ratio("outcome", outcome, rawOutcome);
        summary.verdict(String.format("claim p99 %.1f ms < %.0f ms", claim.p99(), CLAIM_P99_TARGET_MS),
                claim.ok() > 0 && claim.p99() < CLAIM_P99_TARGET_MS);
        summary.verdict("no claim or outcome failed (service ko = 0)", claim.ko() == 0 && outcome.ko() == 0);
        summary.verdict("no entry handed out twice in the run, warm-up included (ids the agents received): " + handedOutTwice,
                handedOutTwice == 0);
        summary.verdict(String.format("no entry called twice (database call_record: %,d calls, %d entries with two)", calls,
                calledTwice), calledTwice == 0 && calls > 0);
        summary.verdict("raw SQL baseline: no entry called twice: " + rawCalledTwice, rawCalledTwice == 0);
    }

    private long calledTwice() throws SQLException {
        return db.count("SELECT COUNT(*) FROM (SELECT entry_id FROM call_record GROUP BY entry_id HAVING COUNT(*) > 1) t");
    }

    /**
     * The statements the service runs for a claim and for an outcome, in the same transactions, over
     * JDBC: the floor the service's figures are compared with.
     */
    static final class RawClaim {

        private static final String ELIGIBLE = """
                  AND (e.claim_expires_at IS NULL OR e.claim_expires_at <= ?)
                  AND (SELECT COUNT(*) FROM do_not_call d WHERE d.customer_id = e.customer_id) = 0
                  AND COALESCE((SELECT a.attempts FROM daily_attempt a
                                WHERE a.customer_id = e.customer_id AND a.call_day = ?), 0) < 3
                """;
        /** Both steps of the serving order in one statement, each continuing after its own last candidate. */
        private static final String CANDIDATES = """
                (SELECT 1 AS due_callback, e.id, e.version, e.callback_due_at, e.score, e.position
                 FROM queue_entry e FORCE INDEX (ix_queue_entry_serving)
                 WHERE e.queue = ? AND e.active = TRUE AND e.parked_until IS NULL AND e.callback_due_at <= ?
                   AND (e.callback_owner IS NULL OR e.callback_owner = ? OR e.callback_due_at <= ?)
                   AND (e.callback_due_at > ? OR (e.callback_due_at = ?
                        AND (e.score > ? OR (e.score = ? AND e.position > ?))))
                """ + ELIGIBLE + """
                 ORDER BY e.callback_due_at, e.score, e.position
                 LIMIT 32)
                UNION ALL
                (SELECT 0, e.id, e.version, e.callback_due_at, e.score, e.position
                 FROM queue_entry e FORCE INDEX (ix_queue_entry_serving)
                 WHERE e.queue = ? AND e.active = TRUE AND e.parked_until IS NULL AND e.callback_due_at IS NULL
                   AND (e.score > ? OR (e.score = ? AND e.position > ?))
                """ + ELIGIBLE + """
                 ORDER BY e.score, e.position
                 LIMIT 32)
                ORDER BY due_callback DESC, callback_due_at, score, position""";
        /** Returns the columns the service's entity maps: the claim reads the row only here. */
        private static final String LOCK_FIRST = """
                SELECT e.id, e.position, e.customer_id, e.queue, e.score, e.attempts, e.source, e.complaint_id, e.order_id,
                       e.callback_due_at, e.callback_reason, e.callback_owner, e.claimed_by, e.claim_expires_at, e.parked_until,
                       e.last_outcome, e.active, e.enqueued_at, e.updated_at, e.version
                FROM JSON_TABLE(?, '$[*]' COLUMNS (turn FOR ORDINALITY, id CHAR(36) PATH '$.id',
                                                 version BIGINT PATH '$.version')) c
                STRAIGHT_JOIN queue_entry e ON e.id = c.id
                WHERE e.version = c.version AND e.active = TRUE AND (e.claim_expires_at IS NULL OR e.claim_expires_at <= ?)
                ORDER BY c.turn
                LIMIT 1
                FOR UPDATE SKIP LOCKED""";
        private static final ZoneId CALLING_ZONE = ZoneId.of("Asia/Kolkata");

        private static final LocalDateTime START = LocalDateTime.of(1000, 1, 1, 0, 0);
        private static final LocalDateTime END = LocalDateTime.of(9999, 12, 31, 0, 0);

        /**
         * The service's claim (MariaDbQueueEntries.lockNextServable): candidates of both steps without locks,
         * then lock the first (due callbacks only while a full batch of them came), round after round.
         */
        static String claim(Connection connection, String agent) throws SQLException {
            connection.setAutoCommit(false);
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            String id = lockFirst(connection, agent, now);
            if (id != null) {
                try (PreparedStatement update = connection.prepareStatement("""
                        UPDATE queue_entry SET claimed_by = ?, claim_expires_at = ?, updated_at = ?, version = version + 1
                        WHERE id = ?""")) {
                    update.setString(1, agent);
                    update.setObject(2, now.plusMinutes(5));
                    update.setObject(3, now);
                    update.setString(4, id);
                    update.executeUpdate();
                }
            }
            connection.commit();
            return id;
        }

        private static String lockFirst(Connection connection, String agent, LocalDateTime now) throws SQLException {
            LocalDateTime afterDueAt = START;
            int afterCallbackScore = Integer.MIN_VALUE;
            long afterCallbackPosition = Long.MIN_VALUE;
            int afterScore = Integer.MIN_VALUE;
            long afterPosition = Long.MIN_VALUE;
            while (true) {
                List<String> callbacks = new ArrayList<>();
                List<String> waiting = new ArrayList<>();
                LocalDateTime lastDueAt = null;
                int lastCallbackScore = 0;
                long lastCallbackPosition = 0;
                int lastScore = 0;
                long lastPosition = 0;
                try (PreparedStatement candidates = connection.prepareStatement(CANDIDATES)) {
                    int i = 1;
                    candidates.setString(i++, QUEUE_COLUMN);
                    candidates.setObject(i++, now);
                    candidates.setString(i++, agent);
                    candidates.setObject(i++, now.minusMinutes(15));
                    candidates.setObject(i++, afterDueAt);
                    candidates.setObject(i++, afterDueAt);
                    candidates.setInt(i++, afterCallbackScore);
                    candidates.setInt(i++, afterCallbackScore);
                    candidates.setLong(i++, afterCallbackPosition);
                    candidates.setObject(i++, now);
                    candidates.setObject(i++, LocalDate.now(CALLING_ZONE));
                    candidates.setString(i++, QUEUE_COLUMN);
                    candidates.setInt(i++, afterScore);
                    candidates.setInt(i++, afterScore);
                    candidates.setLong(i++, afterPosition);
                    candidates.setObject(i++, now);
                    candidates.setObject(i, LocalDate.now(CALLING_ZONE));
                    try (ResultSet rows = candidates.executeQuery()) {
                        while (rows.next()) {
                            String json = "{\"id\":\"" + rows.getString(2) + "\",\"version\":" + rows.getLong(3) + "}";
                            if (rows.getInt(1) == 1) {
                                callbacks.add(json);
                                lastDueAt = rows.getObject(4, LocalDateTime.class);
                                lastCallbackScore = rows.getInt(5);
                                lastCallbackPosition = rows.getLong(6);
                            } else {
                                waiting.add(json);
                                lastScore = rows.getInt(5);
                                lastPosition = rows.getLong(6);
                            }
                        }
                    }
                }
                boolean callbacksLeft = callbacks.size() == 32;
                List<String> offered = new ArrayList<>(callbacks);
                if (!callbacksLeft) {
                    offered.addAll(waiting);
                }
                if (offered.isEmpty()) {
                    return null;
                }
                try (PreparedStatement lock = connection.prepareStatement(LOCK_FIRST)) {
                    lock.setString(1, "[" + String.join(",", offered) + "]");
                    lock.setObject(2, now);
                    String id = first(lock);
                    if (id != null) {
                        return id;
                    }
                }
                if (callbacksLeft) {
                    afterDueAt = lastDueAt;
                    afterCallbackScore = lastCallbackScore;
                    afterCallbackPosition = lastCallbackPosition;
                } else if (waiting.size() == 32) {
                    afterDueAt = END;
                    afterCallbackScore = Integer.MAX_VALUE;
                    afterCallbackPosition = Long.MAX_VALUE;
                    afterScore = lastScore;
                    afterPosition = lastPosition;
                } else {
                    return null;
                }
            }
        }

        static void recordOutcome(Connection connection, String id, String agent) throws SQLException {
            connection.setAutoCommit(false);
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            long customer = lockEntry(connection, id);
            int adjustment;
            // the whole scoring table in one read, as the service reads it
            try (PreparedStatement table = connection.prepareStatement("""
                    SELECT 'rule', outcome, adjustment FROM scoring_rule
                    UNION ALL
                    SELECT 'setting', name, value FROM scoring_setting""");
                 ResultSet rows = table.executeQuery()) {
                int noAnswer = 0;
                while (rows.next()) {
                    if ("no_answer".equals(rows.getString(2))) {
                        noAnswer = rows.getInt(3);
                    }
                }
                adjustment = noAnswer;
            }
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE queue_entry SET score = LEAST(200, score + ?), attempts = attempts + 1, last_outcome = 'no_answer',
                      callback_due_at = NULL, callback_reason = NULL, callback_owner = NULL, claimed_by = NULL,
                      claim_expires_at = NULL, updated_at = ?, version = version + 1
                    WHERE id = ?""");
                 PreparedStatement change = connection.prepareStatement("""
                    INSERT INTO score_change (entry_id, cause, outcome_adjustment, attempt_penalty, score_before, score_after, changed_at)
                    VALUES (?, 'no_answer', ?, 0, 0, ?, ?)""");
                 PreparedStatement call = connection.prepareStatement("""
                    INSERT INTO call_record (id, entry_id, customer_id, agent_id, queue, outcome, connected, duration_seconds, notes, completed_at)
                    VALUES (?, ?, ?, ?, ?, 'no_answer', FALSE, 30, NULL, ?)""");
                 PreparedStatement attempt = connection.prepareStatement("""
                    INSERT INTO daily_attempt (customer_id, call_day, attempts) VALUES (?, ?, 1)
                    ON DUPLICATE KEY UPDATE attempts = attempts + 1""");
                 PreparedStatement attemptsToday = connection.prepareStatement(
                         "SELECT attempts FROM daily_attempt WHERE customer_id = ? AND call_day = ?");
                 PreparedStatement outbox = connection.prepareStatement("""
                    INSERT INTO outbox_event (event_id, topic, aggregate_id, event_type, data_schema, source, occurred_at, payload,
                                              published_at)
                    VALUES (?, 'callqueue-events', ?, 'converge.callqueue.CallCompleted',
                            'urn:converge:schema:callqueue-events:CallCompleted:1', '/callqueue-service', ?, ?, ?)""")) {
                update.setInt(1, adjustment);
                update.setObject(2, now);
                update.setString(3, id);
                update.executeUpdate();
                change.setString(1, id);
                change.setInt(2, adjustment);
                change.setInt(3, adjustment);
                change.setObject(4, now);
                change.executeUpdate();
                String callId = UUID.randomUUID().toString();
                call.setString(1, callId);
                call.setString(2, id);
                call.setLong(3, customer);
                call.setString(4, agent);
                call.setString(5, QUEUE_COLUMN);
                call.setObject(6, now);
                call.executeUpdate();
                attempt.setLong(1, customer);
                attempt.setObject(2, LocalDate.now(CALLING_ZONE));
                attempt.executeUpdate();
                // the day's attempts, to park the entry at the cap (these customers are called once here)
                attemptsToday.setLong(1, customer);
                attemptsToday.setObject(2, LocalDate.now(CALLING_ZONE));
                attemptsToday.executeQuery().close();
                outbox.setString(1, UUID.randomUUID().toString());
                outbox.setString(2, id);
                outbox.setObject(3, now);
                outbox.setString(4, "{\"callId\":\"" + callId + "\",\"entryId\":\"" + id + "\",\"customerId\":" + customer
                        + ",\"agentId\":\"" + agent + "\",\"queue\":\"" + QUEUE_COLUMN
                        + "\",\"outcome\":\"no_answer\",\"connected\":false,\"durationSeconds\":30,\"scoreAfter\":"
                        + adjustment + ",\"completedAt\":\"" + now + "Z\"}");
                // already "published": the running service's relay must not send the baseline's stand-in events
                outbox.setObject(5, now);
                outbox.executeUpdate();
            }
            connection.commit();
        }

        /** The outcome's locked read of the entry; returns the customer id. */
        private static long lockEntry(Connection connection, String id) throws SQLException {
            try (PreparedStatement read = connection.prepareStatement("SELECT * FROM queue_entry WHERE id = ? FOR UPDATE")) {
                read.setString(1, id);
                try (ResultSet rows = read.executeQuery()) {
                    rows.next();
                    return rows.getLong("customer_id");
                }
            }
        }

        private static String first(PreparedStatement statement) throws SQLException {
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
