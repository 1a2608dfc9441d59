package com.converge.bench.order;

import com.converge.bench.Figures;
import com.converge.bench.RawSql;
import com.converge.bench.ResponseTimes;
import com.converge.bench.Settings;
import com.converge.bench.Summary;
import com.converge.bench.Timings;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;

/**
 * order-place-3-lines (issue 5): orders of 3 lines at 200 requests/s across 10,000 SKUs, p99 under
 * 25 ms; the raw-SQL baseline places the same orders at the same rate on as many connections as the
 * service's pool.
 */
public final class ThreeLinesScenario extends ShopScenario {

    private static final double P99_TARGET_MS = 25;

    @Override
    public String simulation() {
        return ThreeLinesSimulation.class.getName();
    }

    @Override
    public void finish(Summary summary) throws Exception {
        Path measured = Settings.workDirectory().resolve(ThreeLinesSimulation.RESULTS);
        Figures service = ResponseTimes.read(measured, "order", "service POST /api/v1/orders (3 lines)");
        long warmUp = ResponseTimes.statusCount(measured, "warm-up order", 201);
        long serviceOrders = Shop.DB.count("SELECT COUNT(*) FROM customer_order");

        int rate = ThreeLinesSimulation.RATE;
        int pool = Settings.integer("DB_POOL_MAX_SIZE", 20);
        Duration duration = Duration.ofSeconds(Settings.integer("DURATION_SECONDS", 60));
        System.out.printf("order-place-3-lines: raw-SQL baseline, %d orders/s for %d s on %d connections%n", rate,
                duration.toSeconds(), pool);
        Shop.DB.execute("emptied the service's orders", "SET FOREIGN_KEY_CHECKS = 0", "TRUNCATE TABLE order_line",
                "TRUNCATE TABLE customer_order", "SET FOREIGN_KEY_CHECKS = 1");
        try (Connection connection = Shop.DB.connect()) {
            RawOrder.openDay(connection);
        }
        Timings timings = new Timings("order");
        double seconds = RawSql.open(Shop.DB, pool, rate, duration, timings, (connection, unit, start) -> {
            boolean placed = RawOrder.place(connection, 4_000_000L + unit % 1_000, ThreeLinesSimulation.threeSkus());
            timings.record("order", start, placed);
            return true;
        });
        Figures raw = timings.figures("order", "raw SQL order transaction (3 lines)", seconds);

        summary.section(String.format("  3-line orders at %d/s for %d s across %,d SKUs (after a warm-up)", rate,
                duration.toSeconds(), Shop.CATALOG_SKUS));
        summary.figures(service, raw);
        summary.ratio("order", service, raw);
        summary.verdict(String.format("service p99 %.1f ms < %.0f ms", service.p99(), P99_TARGET_MS),
                service.ok() > 0 && service.p99() < P99_TARGET_MS);
        summary.verdict(String.format("service kept the rate: %.1f/s of %d/s", service.perSecond(), rate),
                service.perSecond() >= rate * 0.95);
        summary.verdict(String.format("every order placed (ko %d; orders in the database %,d = %,d + %,d warm-up)", service.ko(),
                serviceOrders, service.ok(), warmUp), service.ko() == 0 && serviceOrders == service.ok() + warmUp);
        summary.verdict(String.format("raw SQL kept the rate: %.1f/s, ko %d", raw.perSecond(), raw.ko()),
                raw.perSecond() >= rate * 0.95 && raw.ko() == 0);
    }
}
