package com.converge.bench.booking;

import com.converge.bench.Figures;
import com.converge.bench.RawSql;
import com.converge.bench.ResponseTimes;
import com.converge.bench.Scenario;
import com.converge.bench.Settings;
import com.converge.bench.Summary;
import com.converge.bench.Timings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

/**
 * booking-catalog (issue 4): the catalog of a pincode with the full reference catalog and 10,000
 * providers, p99 under 10 ms. The providers are loaded by booking-service's demo data
 * ({@code deploy/local/demo-data.sh --providers 10000}, idempotent), which this scenario only counts:
 * the catalog read touches no provider table. The raw-SQL baseline runs the catalog's four reads
 * (categories, subcategories, every rate card's pincodes, rate cards) in a read-only transaction at the
 * same rate on as many connections as the service's pool: what every request cost before the service
 * held the catalog in memory (it now runs them once per CATALOG_MAX_AGE).
 */
public final class CatalogScenario implements Scenario {

    private static final double P99_TARGET_MS = 10;
    private static final int PROVIDERS = Settings.integer("PROVIDERS", 10_000);

    @Override
    public String simulation() {
        return CatalogSimulation.class.getName();
    }

    @Override
    public Service[] services() {
        return new Service[] {Bookings.SERVICE};
    }

    @Override
    public void prepare() throws Exception {
        long providers = Bookings.DB.count("SELECT COUNT(*) FROM provider");
        System.out.printf("booking-catalog: %,d providers, %,d rate cards in %s%n", providers,
                Bookings.DB.count("SELECT COUNT(*) FROM rate_card"), Bookings.DB.name());
        if (providers < PROVIDERS) {
            System.err.printf("booking-catalog: fewer than %,d providers: run deploy/local/demo-data.sh --providers %d first%n",
                    PROVIDERS, PROVIDERS);
            System.exit(3);
        }
    }

    @Override
    public void finish(Summary summary) throws Exception {
        Figures service = ResponseTimes.read(Settings.workDirectory().resolve(CatalogSimulation.RESULTS), "catalog",
                "service GET /api/v1/catalog");
        int rate = CatalogSimulation.RATE;
        int pool = Settings.integer("DB_POOL_MAX_SIZE", 20);
        Duration duration = Duration.ofSeconds(Settings.integer("DURATION_SECONDS", 60));
        System.out.printf("booking-catalog: raw-SQL baseline, %d catalogs/s for %d s on %d connections%n", rate,
                duration.toSeconds(), pool);
        Timings timings = new Timings("catalog");
        double seconds = RawSql.open(Bookings.DB, pool, rate, duration, timings, (connection, unit, start) -> {
            catalog(connection);
            timings.record("catalog", start, true);
            return true;
        });
        Figures raw = timings.figures("catalog", "raw SQL catalog reads", seconds);

        summary.section(String.format("  the catalog of one of %d pincodes at %d/s for %d s, %,d providers (after a warm-up)",
                CatalogSimulation.PINCODES.size(), rate, duration.toSeconds(), Bookings.DB.count("SELECT COUNT(*) FROM provider")));
        summary.figures(service, raw);
        summary.ratio("catalog", service, raw);
        summary.verdict(String.format("service p99 %.1f ms < %.0f ms", service.p99(), P99_TARGET_MS),
                service.ok() > 0 && service.p99() < P99_TARGET_MS);
        summary.verdict(String.format("service kept the rate: %.1f/s of %d/s, ko %d", service.perSecond(), rate, service.ko()),
                service.perSecond() >= rate * 0.95 && service.ko() == 0);
        summary.verdict(String.format("raw SQL kept the rate: %.1f/s, ko %d", raw.perSecond(), raw.ko()),
                raw.perSecond() >= rate * 0.95 && raw.ko() == 0);
    }

    private static void catalog(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        for (String sql : new String[] {"SELECT * FROM category", "SELECT * FROM subcategory",
                "SELECT rate_card_id, pincode FROM rate_card_pincode", "SELECT * FROM rate_card"}) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.executeQuery().close();
            }
        }
        connection.commit();
    }
}
