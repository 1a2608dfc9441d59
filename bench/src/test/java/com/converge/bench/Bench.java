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
            }
            case "finish" -> {
                // a scenario without a simulation times statements only (complaint-sla-monitor)
                Path report = scenario.simulation().isEmpty() ? null
                        : GatlingReport.newestIndex(Path.of(args[2]), scenario.simulation());
                Summary summary = new Summary();
                summary.section(String.format(Locale.ROOT, "== %s  %s  %d cores, load average %.2f (1 min)", args[0],
                        Instant.now().toString().substring(0, 19) + "Z", Runtime.getRuntime().availableProcessors(),
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
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
