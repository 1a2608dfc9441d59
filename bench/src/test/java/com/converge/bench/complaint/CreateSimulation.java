package com.converge.bench.complaint;

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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Customers raising complaints (no booking or order reference, priority given) at RATE (200) per
 * second, an open model: WARMUP_SECONDS unmeasured ("warm-up complaint"), then DURATION_SECONDS
 * measured ("complaint"). CUSTOMERS (1,000) customers of the data set, each with their own token.
 */
public class CreateSimulation extends Simulation {

    static final String RESULTS = "complaint-create-service.properties";
    static final int RATE = Settings.integer("RATE", 200);
    static final String BODY = "{\"type\":\"delay\",\"priority\":\"high\",\"subject\":\"Plumber did not arrive\","
            + "\"description\":\"The slot was 10:00-12:00 and nobody came.\"}";

    private final ResponseTimes measured = new ResponseTimes();
    private final List<String> tokens = IntStream.rangeClosed(1, Settings.integer("CUSTOMERS", 1_000))
            .mapToObj(customer -> Tokens.bearer("CUSTOMER", String.valueOf(customer))).toList();

    {
        var protocol = http.baseUrl(Complaints.SERVICE.url()).acceptHeader("application/json")
                .contentTypeHeader("application/json");
        Duration warmUp = Settings.warmUp();
        Duration measuredFor = Duration.ofSeconds(Settings.integer("DURATION_SECONDS", 60));
        setUp(customers("warm-up complaint").injectOpen(constantUsersPerSec(RATE).during(warmUp))
                .andThen(customers("complaint").injectOpen(constantUsersPerSec(RATE).during(measuredFor))))
                .protocols(protocol);
    }

    private ScenarioBuilder customers(String name) {
        var complainants = Stream.generate(() -> Map.<String, Object>of("token",
                tokens.get(ThreadLocalRandom.current().nextInt(tokens.size())))).iterator();
        return scenario(name + " customers").feed(complainants)
                .exec(http(name).post("/api/v1/complaints").header("Authorization", "#{token}")
                        .body(StringBody(BODY))
                        .check(ResponseTimes.captured())
                        .check(status().is(201)))
                .exec(measured.record(name, Set.of(201)));
    }

    @Override
    public void after() {
        measured.save(RESULTS);
    }
}
