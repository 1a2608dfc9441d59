package com.converge.bench.booking;

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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Customers browsing the catalog of their pincode (GET /api/v1/catalog?pincode=, one of PINCODES) at
 * RATE (100) per second, an open model: WARMUP_SECONDS unmeasured ("warm-up catalog"), then
 * DURATION_SECONDS measured ("catalog"). 1,000 customers, own token each.
 */
public class CatalogSimulation extends Simulation {

    static final String RESULTS = "booking-catalog-service.properties";
    static final int RATE = Settings.integer("RATE", 100);
    static final List<String> PINCODES = List.of("560001", "400001", "110001", "600001", "700001", "500001", "411001",
            "380001", "302001", "226001");

    private final ResponseTimes measured = new ResponseTimes();
    private final List<String> tokens = IntStream.rangeClosed(1, 1_000)
            .mapToObj(customer -> Tokens.bearer("CUSTOMER", String.valueOf(900_000 + customer))).toList();

    {
        var protocol = http.baseUrl(Bookings.SERVICE.url()).acceptHeader("application/json");
        Duration warmUp = Settings.warmUp();
        Duration measuredFor = Duration.ofSeconds(Settings.integer("DURATION_SECONDS", 60));
        setUp(browsers("warm-up catalog").injectOpen(constantUsersPerSec(RATE).during(warmUp))
                .andThen(browsers("catalog").injectOpen(constantUsersPerSec(RATE).during(measuredFor))))
                .protocols(protocol);
    }

    private ScenarioBuilder browsers(String name) {
        var visits = Stream.generate(() -> Map.<String, Object>of(
                "token", tokens.get(ThreadLocalRandom.current().nextInt(tokens.size())),
                "pincode", PINCODES.get(ThreadLocalRandom.current().nextInt(PINCODES.size())))).iterator();
        return scenario(name + " browsers").feed(visits)
                .exec(http(name).get("/api/v1/catalog?pincode=#{pincode}").header("Authorization", "#{token}")
                        .check(ResponseTimes.captured())
                        .check(status().is(200)))
                .exec(measured.record(name, Set.of(200)));
    }

    @Override
    public void after() {
        measured.save(RESULTS);
    }
}
