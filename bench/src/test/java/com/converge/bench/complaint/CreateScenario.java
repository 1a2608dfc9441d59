package com.converge.bench.complaint;

import com.converge.bench.Figures;
import com.converge.bench.RawSql;
import com.converge.bench.ResponseTimes;
import com.converge.bench.Scenario;
import com.converge.bench.Settings;
import com.converge.bench.Summary;
import com.converge.bench.Timings;
import java.nio.file.Path;
import java.time.Duration;

/**
 * complaint-create (issue 3): with 1,000,000 complaints stored, customers raise complaints at 200
 * requests/s, p99 under 10 ms; the raw-SQL baseline runs the same transaction at the same rate on as
 * many connections as the service's pool.
 */
public final class CreateScenario implements Scenario {

    private static final double P99_TARGET_MS = 10;

    @Override
    public String simulation() {
        return CreateSimulation.class.getName();
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
        Path measured = Settings.workDirectory().resolve(CreateSimulation.RESULTS);
        Figures service = ResponseTimes.read(measured, "complaint", "service POST /api/v1/complaints");
        long warmUp = ResponseTimes.statusCount(measured, "warm-up complaint", 201);
        long raised = Complaints.DB.count("SELECT COUNT(*) FROM complaint") - Complaints.COMPLAINTS;

        int rate = CreateSimulation.RATE;
        int pool = Settings.integer("DB_POOL_MAX_SIZE", 20);
        Duration duration = Duration.ofSeconds(Settings.integer("DURATION_SECONDS", 60));
        System.out.printf("complaint-create: raw-SQL baseline, %d complaints/s for %d s on %d connections%n", rate,
                duration.toSeconds(), pool);
        Timings timings = new Timings("complaint");
        double seconds = RawSql.open(Complaints.DB, pool, rate, duration, timings, (connection, unit, start) -> {
            RawComplaint.raise(connection, 1 + unit % 1_000);
            timings.record("complaint", start, true);
            return true;
        });
        Figures raw = timings.figures("complaint", "raw SQL complaint transaction", seconds);

        summary.section(String.format("  complaints raised at %d/s for %d s with %,d stored (after a warm-up)", rate,
                duration.toSeconds(), Complaints.COMPLAINTS));
        summary.figures(service, raw);
        summary.ratio("complaint", service, raw);
        summary.verdict(String.format("service p99 %.1f ms < %.0f ms", service.p99(), P99_TARGET_MS),
                service.ok() > 0 && service.p99() < P99_TARGET_MS);
        summary.verdict(String.format("service kept the rate: %.1f/s of %d/s", service.perSecond(), rate),
                service.perSecond() >= rate * 0.95);
        summary.verdict(String.format("every complaint stored (ko %d; new rows %,d = %,d + %,d warm-up)", service.ko(),
                raised, service.ok(), warmUp), service.ko() == 0 && raised == service.ok() + warmUp);
        summary.verdict(String.format("raw SQL kept the rate: %.1f/s, ko %d", raw.perSecond(), raw.ko()),
                raw.perSecond() >= rate * 0.95 && raw.ko() == 0);
    }
}
