package com.converge.bench.booking;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.converge.bench.ResponseTimes;
import com.converge.bench.Settings;
import com.converge.bench.Tokens;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Customers booking two services (POST /api/v1/bookings with an Idempotency-Key) at RATE (200) per
 * second, an open model: WARMUP_SECONDS unmeasured ("warm-up booking"), then DURATION_SECONDS measured
 * ("booking"). The CUSTOMERS (1,000) customers Bookings loads, own token each, book at their one
 * address two distinct rate cards offered everywhere, in two consecutive slots of a day 2 to 60 days ahead.
 */
public class CreateBookingSimulation extends Simulation {

    static final String RESULTS = "booking-create-service.properties";
    static final int RATE = Settings.integer("RATE", 200);
    static final List<String> SLOTS = List.of("08:00", "10:00", "12:00", "14:00", "16:00", "18:00");

    private final ResponseTimes measured = new ResponseTimes();
    private final List<Long> customers = LongStream.rangeClosed(Bookings.FIRST_CUSTOMER + 1, Bookings.FIRST_CUSTOMER + Bookings.CUSTOMERS)
            .boxed().toList();
    private final List<String> tokens = customers.stream().map(id -> Tokens.bearer("CUSTOMER", String.valueOf(id))).toList();
    private final List<Long> rateCards;

    {
        try {
            rateCards = Bookings.everywhereRateCards();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the rate cards of " + Bookings.DB.name(), e);
        }
        var protocol = http.baseUrl(Bookings.SERVICE.url()).acceptHeader("application/json").contentTypeHeader("application/json");
        Duration warmUp = Settings.warmUp();
        Duration measuredFor = Duration.ofSeconds(Settings.integer("DURATION_SECONDS", 60));
        setUp(customers("warm-up booking").injectOpen(constantUsersPerSec(RATE).during(warmUp))
                .andThen(customers("booking").injectOpen(constantUsersPerSec(RATE).during(measuredFor))))
                .protocols(protocol);
    }

    private ScenarioBuilder customers(String name) {
        var bookings = Stream.generate(() -> {
            int customer = ThreadLocalRandom.current().nextInt(customers.size());
            Map<String, Object> booking = new HashMap<>();
            booking.put("token", tokens.get(customer));
            booking.put("key", UUID.randomUUID().toString());
            booking.put("body", body(customers.get(customer), twoRateCards(rateCards)));
            return booking;
        }).iterator();
        return scenario(name + " customers").feed(bookings)
                .exec(http(name).post("/api/v1/bookings").header("Authorization", "#{token}")
                        .header("Idempotency-Key", "#{key}")
                        .body(StringBody("#{body}"))
                        .check(ResponseTimes.captured())
                        .check(status().is(201)))
                .exec(measured.record(name, Set.of(201)));
    }

    static List<Long> twoRateCards(List<Long> rateCards) {
        return ThreadLocalRandom.current().ints(0, rateCards.size()).distinct().limit(2).mapToObj(rateCards::get).toList();
    }

    /** The address id is the customer's id (Bookings.loadCustomers); the second visit is in the slot after the first. */
    static String body(long addressId, List<Long> rateCards) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Kolkata")).plusDays(random.nextInt(2, 61));
        int slot = random.nextInt(SLOTS.size() - 1);
        return "{\"addressId\":" + addressId + ",\"items\":["
                + "{\"rateCardId\":" + rateCards.get(0) + ",\"quantity\":1,\"date\":\"" + day + "\",\"slot\":\"" + SLOTS.get(slot) + "\"},"
                + "{\"rateCardId\":" + rateCards.get(1) + ",\"quantity\":1,\"date\":\"" + day + "\",\"slot\":\"" + SLOTS.get(slot + 1) + "\"}]}";
    }

    @Override
    public void after() {
        measured.save(RESULTS);
    }
}
