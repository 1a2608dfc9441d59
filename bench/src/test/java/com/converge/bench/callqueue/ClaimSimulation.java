package com.converge.bench.callqueue;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.converge.bench.ResponseTimes;
import com.converge.bench.Settings;
import com.converge.bench.Tokens;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * AGENTS agents (50) each claim the next entry of unsigned_users, spend about TALK_MILLIS on the call, and record
 * an outcome that raises its score, in a loop for WARMUP_SECONDS and then DURATION_SECONDS without a pause: requests
 * started in the warm-up are "warm-up ...", unmeasured; those started after it are "claim" and "outcome". Agents are
 * not stopped and restarted between the two, which would begin the measured part with all 50 claiming at the same
 * instant. Every outcome raises the score above the untouched entries' 0, so within a run no entry is legitimately
 * handed out twice: the simulation counts entry ids it was given more than once, warm-up included.
 */
public class ClaimSimulation extends Simulation {

    static final String QUEUE = "unsigned_users";
    static final String RESULTS = "callqueue-claim-service.properties";
    private static final List<String> OUTCOMES = List.of("no_answer", "busy", "voicemail", "connected", "not_interested");

    private final int agents = Settings.integer("AGENTS", 50);
    private final Duration talk = ClaimScenario.talkTime();
    private final Set<String> handedOut = ConcurrentHashMap.newKeySet();
    private final AtomicLong handedOutTwice = new AtomicLong();
    private final ResponseTimes measured = new ResponseTimes();
    private final AtomicLong started = new AtomicLong();

    {
        var protocol = http.baseUrl(Settings.serviceUrl("CALLQUEUE_PORT", 8084))
                .acceptHeader("application/json").contentTypeHeader("application/json");
        AtomicInteger nextAgent = new AtomicInteger();
        var feeder = Stream.generate(() -> {
            String agent = "bench-agent-" + (nextAgent.getAndIncrement() % agents + 1);
            Map<String, Object> record = new HashMap<>();
            record.put("agent", agent);
            record.put("token", Tokens.bearer("AGENT", agent));
            return record;
        }).iterator();
        Duration warmUp = Settings.warmUp();
        Duration total = warmUp.plusSeconds(Settings.integer("DURATION_SECONDS", 60));
        setUp(agents(warmUp, total, feeder).injectOpen(atOnceUsers(agents))).protocols(protocol);
    }

    private ScenarioBuilder agents(Duration warmUp, Duration total, Iterator<Map<String, Object>> feeder) {
        ChainBuilder claimAndCall = exec(phase(warmUp))
                .exec(http("#{phase}claim").post("/api/v1/queues/" + QUEUE + "/claim")
                        .header("Authorization", "#{token}")
                        .check(ResponseTimes.captured())
                        .check(status().in(200, 204), jsonPath("$.id").optional().saveAs("entryId")))
                .exec(recordIfMeasured("claim", Set.of(200, 204)))
                .doIf(session -> session.contains("entryId")).then(
                        exec(session -> {
                            if (!handedOut.add(session.getString("entryId"))) {
                                handedOutTwice.incrementAndGet();
                            }
                            String outcome = OUTCOMES.get(ThreadLocalRandom.current().nextInt(OUTCOMES.size()));
                            return session.set("outcome", outcome);
                        })
                        .pause(talk.dividedBy(2), talk.multipliedBy(3).dividedBy(2))
                        .exec(phase(warmUp))
                        .exec(http("#{phase}outcome").post("/api/v1/entries/#{entryId}/outcomes")
                                .header("Authorization", "#{token}")
                                .body(StringBody("{\"outcome\":\"#{outcome}\",\"durationSeconds\":30}"))
                                .check(ResponseTimes.captured())
                                .check(status().is(201)))
                        .exec(recordIfMeasured("outcome", Set.of(201)))
                        .exec(session -> session.remove("entryId")));
        return scenario("agents").feed(feeder).during(total).on(claimAndCall);
    }

    /** The next request's name prefix: "warm-up " until the warm-up is over (from the first agent's first request). */
    private Function<Session, Session> phase(Duration warmUp) {
        return session -> {
            long now = System.nanoTime();
            started.compareAndSet(0, now);
            return session.set("phase", now - started.get() < warmUp.toNanos() ? "warm-up " : "");
        };
    }

    private Function<Session, Session> recordIfMeasured(String name, Set<Integer> expected) {
        Function<Session, Session> record = measured.record(name, expected);
        return session -> session.getString("phase").isEmpty() ? record.apply(session)
                : session.remove("responseTime").remove("responseStatus");
    }

    @Override
    public void after() {
        measured.save(RESULTS);
        try {
            Files.createDirectories(Settings.workDirectory());
            Files.writeString(Settings.workDirectory().resolve("callqueue-claim-handouts.properties"),
                    "handedOut=" + handedOut.size() + "\nhandedOutTwice=" + handedOutTwice.get() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
