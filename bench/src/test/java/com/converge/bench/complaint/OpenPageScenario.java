package com.converge.bench.complaint;

import com.converge.bench.Figures;
import com.converge.bench.RawSql;
import com.converge.bench.ResponseTimes;
import com.converge.bench.Scenario;
import com.converge.bench.Settings;
import com.converge.bench.Summary;
import com.converge.bench.Timings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * complaint-open-page (issue 3): with 1,000,000 complaints (100,000 unresolved), the first page of open
 * complaints as SUPPORT, p99 under 20 ms; the raw-SQL baseline runs the service's reads of a page (the
 * unresolved rows in (created_at, id) order, their policies, their threads' counts) at the same rate
 * on as many connections as the service's pool, in a read-only transaction as the service does. With
 * BREACHED=true or false, both read the page with the breached filter (breach_at of V11, the last column of ix_complaint_open;
 * for false, the unflagged range of V13's ix_complaint_unbreached).
 */
public final class OpenPageScenario implements Scenario {

    private static final double P99_TARGET_MS = 20;

    @Override
    public String simulation() {
        return OpenPageSimulation.class.getName();
    }

    @Override
    public Service[] services() {
        return new Service[] {Complaints.SERVICE};
    }

    @Override
    public void prepare() throws Exception {
        Complaints.load();
    }

    @Override
    public void finish(Summary summary) throws Exception {
        Figures service = ResponseTimes.read(Settings.workDirectory().resolve(OpenPageSimulation.RESULTS), "page",
                "service GET /api/v1/complaints");
        int rate = OpenPageSimulation.RATE;
        int pool = Settings.integer("DB_POOL_MAX_SIZE", 20);
        Duration duration = Duration.ofSeconds(Settings.integer("DURATION_SECONDS", 60));
        System.out.printf("complaint-open-page: raw-SQL baseline, %d pages/s for %d s on %d connections%n", rate,
                duration.toSeconds(), pool);
        Timings timings = new Timings("page");
        double seconds = RawSql.open(Complaints.DB, pool, rate, duration, timings, (connection, unit, start) -> {
            timings.record("page", start, page(connection) == 20);
            return true;
        });
        Figures raw = timings.figures("page", "raw SQL page reads", seconds);

        summary.section(String.format("  first page of open complaints%s at %d/s for %d s, %,d stored (after a warm-up)",
                OpenPageSimulation.BREACHED.isEmpty() ? "" : " with breached=" + OpenPageSimulation.BREACHED, rate,
                duration.toSeconds(), Complaints.COMPLAINTS));
        summary.figures(service, raw);
        summary.ratio("page", service, raw);
        summary.verdict(String.format("service p99 %.1f ms < %.0f ms", service.p99(), P99_TARGET_MS),
                service.ok() > 0 && service.p99() < P99_TARGET_MS);
        summary.verdict(String.format("service kept the rate: %.1f/s of %d/s, ko %d", service.perSecond(), rate, service.ko()),
                service.perSecond() >= rate * 0.95 && service.ko() == 0);
        summary.verdict(String.format("raw SQL kept the rate: %.1f/s, ko %d", raw.perSecond(), raw.ko()),
                raw.perSecond() >= rate * 0.95 && raw.ko() == 0);
    }

    /** The page's statements; returns the number of complaints on it. */
    private static int page(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        List<String> ids = new ArrayList<>();
        List<String> policies = new ArrayList<>();
        String breached = OpenPageSimulation.BREACHED.isEmpty() ? ""
                : Boolean.parseBoolean(OpenPageSimulation.BREACHED) ? " AND breach_at < ?"
                : " AND NOT fr_breached AND NOT nr_breached AND NOT res_breached AND breach_at >= ?";
        try (PreparedStatement rows = breached.isEmpty() ? RawComplaint.prepare(connection, "SELECT * FROM complaint"
                        + " WHERE unresolved = TRUE ORDER BY created_at, id LIMIT 21")
                : RawComplaint.prepare(connection, "SELECT * FROM complaint WHERE unresolved = TRUE" + breached
                        + " ORDER BY created_at, id LIMIT 21", LocalDateTime.now(ZoneOffset.UTC));
             ResultSet page = rows.executeQuery()) {
            while (page.next()) {
                ids.add(page.getString("id"));
                policies.add(page.getString("policy_id"));
            }
        }
        ids = ids.subList(0, Math.min(20, ids.size()));
        try (PreparedStatement rows = RawComplaint.prepare(connection, "SELECT * FROM sla_policy WHERE id IN (?)",
                policies.get(0))) {
            rows.executeQuery().close();
        }
        try (PreparedStatement rows = RawComplaint.prepare(connection, "SELECT complaint_id, COUNT(*), MAX(created_at)"
                + " FROM complaint_update WHERE complaint_id IN (" + "?,".repeat(ids.size() - 1) + "?) GROUP BY complaint_id",
                ids.toArray())) {
            rows.executeQuery().close();
        }
        connection.commit();
        return ids.size();
    }
}
