package com.converge.bench;

import com.converge.bench.booking.CatalogScenario;
import com.converge.bench.booking.CreateBookingScenario;
import com.converge.bench.callqueue.ClaimScenario;
import com.converge.bench.complaint.CreateScenario;
import com.converge.bench.complaint.OpenPageScenario;
import com.converge.bench.complaint.SlaMonitorScenario;
import com.converge.bench.order.HotSkuScenario;
import com.converge.bench.order.ThreeLinesScenario;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The steps of bench/run.sh around the Gatling run:
 * {@code Bench <scenario> prepare} checks the stack and loads the data;
 * {@code Bench <scenario> simulation} prints the simulation class;
 * {@code Bench <scenario> finish <gatling results folder>} checks, runs the baseline and prints the summary
 * (exit status 1 when a target or a check failed).
 */
public final class Bench {

    private static final Map<String, Supplier<Scenario>> SCENARIOS = Map.of(
            "booking-catalog", CatalogScenario::new,
            "booking-create", CreateBookingScenario::new,
            "callqueue-claim", ClaimScenario::new,
            "complaint-create", CreateScenario::new,
            "complaint-open-page", OpenPageScenario::new,
            "complaint-sla-monitor", SlaMonitorScenario::new,
            "order-hot-sku", HotSkuScenario::new,
            "order-place-3-lines", ThreeLinesScenario::new);

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || !SCENARIOS.containsKey(args[0])) {
            System.err.println("usage: Bench <scenario> prepare|simulation|finish <results folder>; scenarios: "
                    + String.join(", ", SCENARIOS.keySet()));
            System.exit(2);
        }
        Scenario scenario = SCENARIOS.get(args[0]).get();
        switch (args[1]) {
            case "simulation" -> System.out.println(scenario.simulation());
            case "prepare" -> {
                requireUp(scenario);
                scenario.prepare();
                settle();
            }
            case "finish" -> {
                // a scenario without a simulation times statements only (complaint-sla-monitor)
                Path report = scenario.simulation().isEmpty() ? null
                        : GatlingReport.newestIndex(Path.of(args[2]), scenario.simulation());
                Summary summary = new Summary();
                summary.section(String.format(Locale.ROOT, "== %s  %s  %d cores, load average %.2f (1 min)", args[0],
                        Instant.now().toString().substring(0, 19) + "Z", Runtime.getRuntime().availableProcessors(),
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
                summary.section("  " + databaseServer());
                scenario.finish(summary);
                if (report != null) {
                    summary.note("Gatling report: " + report);
                }
                summary.print();
                System.exit(summary.failed() ? 1 : 0);
            }
            default -> throw new IllegalArgumentException("unknown step " + args[1]);
        }
    }

    /**
     * The server settings that decide whether a scenario's data stays in memory and how often the
     * server must stop to write it out: figures taken with different ones are not comparable.
     */
    private static String databaseServer() throws Exception {
        try (var connection = new Database("mysql").connect();
                var rows = connection.createStatement().executeQuery("""
                        SELECT @@version, @@innodb_buffer_pool_size, @@innodb_log_file_size, @@innodb_io_capacity,
                               @@innodb_flush_log_at_trx_commit""")) {
            rows.next();
            return String.format(Locale.ROOT,
                    "database %s: buffer pool %d MiB, redo log %d MiB, io capacity %d, flush log at commit %d (bench/database.sh)",
                    rows.getString(1), rows.getLong(2) >> 20, rows.getLong(3) >> 20, rows.getInt(4), rows.getInt(5));
        }
    }

    /**
     * Waits (at most SETTLE_SECONDS, 180) until at most 15% of the buffer pool is dirty: a bulk load of
     * a million rows leaves hundreds of MiB of dirty pages, and a run that starts then measures the
     * server catching up with its flushing, not the scenario. (Adaptive flushing stops at 10% of the
     * redo log, so a lower mark may never be reached.)
     */
    private static void settle() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(Settings.integer("SETTLE_SECONDS", 180)).toNanos();
        try (var connection = new Database("mysql").connect(); var statement = connection.createStatement()) {
            long started = System.nanoTime();
            while (true) {
                long dirty;
                long total;
                try (var rows = statement.executeQuery("""
                        SELECT SUM(IF(variable_name = 'INNODB_BUFFER_POOL_PAGES_DIRTY', variable_value, 0)),
                               SUM(IF(variable_name = 'INNODB_BUFFER_POOL_PAGES_TOTAL', variable_value, 0))
                        FROM information_schema.global_status
                        WHERE variable_name IN ('INNODB_BUFFER_POOL_PAGES_DIRTY', 'INNODB_BUFFER_POOL_PAGES_TOTAL')""")) {
                    rows.next();
                    dirty = rows.getLong(1);
                    total = rows.getLong(2);
                }
                if (dirty * 100 <= total * 15L || System.nanoTime() > deadline) {
                    System.out.printf(Locale.ROOT, "  the database wrote out the load: %,d of %,d buffer pool pages dirty after %.0f s%n",
                            dirty, total, (System.nanoTime() - started) / 1e9);
                    return;
                }
                Thread.sleep(1000);
            }
        }
    }

    private static void requireUp(Scenario scenario) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (Scenario.Service service : scenario.services()) {
            int status;
            try {
                status = http.send(HttpRequest.newBuilder(URI.create(service.url() + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (Exception e) {
                status = -1;
            }
            if (status != 200) {
                System.err.printf("%s is not ready at %s (%s). Start it with: deploy/local/up.sh %s%n", service.name(),
                        service.url(), status < 0 ? "no answer" : "status " + status, service.name());
                System.exit(3);
            }
        }
    }
}
