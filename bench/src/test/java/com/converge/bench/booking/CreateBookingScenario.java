package com.converge.bench.booking;

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
 * booking-create (issue 4): customers book two services at 200 requests/s with an Idempotency-Key, p99
 * under 25 ms. Customers and their addresses are loaded in SQL (Bookings.loadCustomers), the catalog is
 * the reference data of V1. The raw-SQL baseline runs the same transaction (RawBooking) at the same rate
 * on as many connections as the service's pool.
 */
public final class CreateBookingScenario implements Scenario {

    private static final double P99_TARGET_MS = 25;

    @Override
    public String simulation() {
        return CreateBookingSimulation.class.getName();
    }

    @Override
    public Service[] services() {
        return new Service[] {Bookings.SERVICE};
    }

    @Override
    public void prepare() throws Exception {
        Bookings.loadCustomers();
        int cards = Bookings.everywhereRateCards().size();
        System.out.printf("booking-create: %d rate cards offered everywhere to choose two from%n", cards);
        if (cards < 2) {
            System.err.println("booking-create: fewer than 2 rate cards offered everywhere; is the catalog of V1 loaded?");
            System.exit(3);
        }
    }

    @Override
    public void finish(Summary summary) throws Exception {
        Path measured = Settings.workDirectory().resolve(CreateBookingSimulation.RESULTS);
        Figures service = ResponseTimes.read(measured, "booking", "service POST /api/v1/bookings");
        long warmUp = ResponseTimes.statusCount(measured, "warm-up booking", 201);
        long booked = Bookings.DB.count("SELECT COUNT(*) FROM booking WHERE " + Bookings.BENCH_CUSTOMERS);
        long items = Bookings.DB.count("SELECT COUNT(*) FROM booking_item i JOIN booking b ON b.id = i.booking_id WHERE b."
                + Bookings.BENCH_CUSTOMERS);
        long answered = Bookings.DB.count("SELECT COUNT(*) FROM idempotency_key WHERE scope LIKE 'create-booking:8_____'"
                + " AND response_status = 201");

        int rate = CreateBookingSimulation.RATE;
        int pool = Settings.integer("DB_POOL_MAX_SIZE", 20);
        Duration duration = Duration.ofSeconds(Settings.integer("DURATION_SECONDS", 60));
        System.out.printf("booking-create: raw-SQL baseline, %d bookings/s for %d s on %d connections%n", rate,
                duration.toSeconds(), pool);
        RawBooking raw = new RawBooking(Bookings.everywhereRateCards());
        Timings timings = new Timings("booking");
        double seconds = RawSql.open(Bookings.DB, pool, rate, duration, timings, (connection, unit, start) -> {
            raw.book(connection, Bookings.FIRST_CUSTOMER + 1 + unit % Bookings.CUSTOMERS);
            timings.record("booking", start, true);
            return true;
        });
        Figures baseline = timings.figures("booking", "raw SQL booking transaction", seconds);

        summary.section(String.format("  bookings of 2 items with an Idempotency-Key at %d/s for %d s, %,d customers (after a warm-up)",
                rate, duration.toSeconds(), Bookings.CUSTOMERS));
        summary.figures(service, baseline);
        summary.ratio("booking", service, baseline);
        summary.verdict(String.format("service p99 %.1f ms < %.0f ms", service.p99(), P99_TARGET_MS),
                service.ok() > 0 && service.p99() < P99_TARGET_MS);
        summary.verdict(String.format("service kept the rate: %.1f/s of %d/s", service.perSecond(), rate),
                service.perSecond() >= rate * 0.95);
        summary.verdict(String.format("every booking stored with its 2 items and its answer (ko %d; bookings %,d = %,d + %,d warm-up;"
                        + " items %,d; idempotency answers %,d)", service.ko(), booked, service.ok(), warmUp, items, answered),
                service.ko() == 0 && booked == service.ok() + warmUp && items == 2 * booked && answered == booked);
        summary.verdict(String.format("raw SQL kept the rate: %.1f/s, ko %d", baseline.perSecond(), baseline.ko()),
                baseline.perSecond() >= rate * 0.95 && baseline.ko() == 0);
    }
}
