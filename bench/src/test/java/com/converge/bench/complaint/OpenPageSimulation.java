package com.converge.bench.complaint;

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
 * Support staff reading the first page of open complaints (GET /api/v1/complaints, the default filter:
 * unresolved, oldest first, 20 a page; with BREACHED, only the breached or not breached ones) at RATE (100) per second, an open model: WARMUP_SECONDS
 * unmeasured ("warm-up page"), then DURATION_SECONDS measured ("page"). 50 support users, own token each.
 */
public class OpenPageSimulation extends Simulation {

    static final String RESULTS = "complaint-open-page-service.properties";
    static final int RATE = Settings.integer("RATE", 100);
    /** BREACHED=true or false reads the page with the breached filter (V11's breach_at) instead of the default one. */
    static final String BREACHED = Settings.get("BREACHED", "");

    private final ResponseTimes measured = new ResponseTimes();
    private final List<String> tokens = IntStream.rangeClosed(1, 50)
            .mapToObj(agent -> Tokens.bearer("SUPPORT", "agent-" + agent)).toList();

    {
        var protocol = http.baseUrl(Complaints.SERVICE.url()).acceptHeader("application/json");
        Duration warmUp = Settings.warmUp();
        Duration measuredFor = Duration.ofSeconds(Settings.integer("DURATION_SECONDS", 60));
        setUp(readers("warm-up page").injectOpen(constantUsersPerSec(RATE).during(warmUp))
                .andThen(readers("page").injectOpen(constantUsersPerSec(RATE).during(measuredFor))))
                .protocols(protocol);
    }

    private ScenarioBuilder readers(String name) {
        var agents = Stream.generate(() -> Map.<String, Object>of("token",
                tokens.get(ThreadLocalRandom.current().nextInt(tokens.size())))).iterator();
        return scenario(name + " readers").feed(agents)
                .exec(http(name).get(BREACHED.isEmpty() ? "/api/v1/complaints" : "/api/v1/complaints?breached=" + BREACHED).header("Authorization", "#{token}")
                        .check(ResponseTimes.captured())
                        .check(status().is(200)))
                .exec(measured.record(name, Set.of(200)));
    }

    @Override
    public void after() {
        measured.save(RESULTS);
    }
}
