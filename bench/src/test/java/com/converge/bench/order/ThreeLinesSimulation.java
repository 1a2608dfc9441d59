package com.converge.bench.order;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Orders of 3 lines (3 distinct SKUs drawn from the catalog's 10,000, one of each) arriving at RATE
 * (200) per second, an open model: WARMUP_SECONDS unmeasured ("warm-up order"), then DURATION_SECONDS
 * measured ("order"). Buyers are CUSTOMERS (1,000) customers, each with their own token.
 */
public class ThreeLinesSimulation extends Simulation {

    static final String RESULTS = "order-place-3-lines-service.properties";
    static final int RATE = Settings.integer("RATE", 200);

    private final ResponseTimes measured = new ResponseTimes();
    private final List<String> tokens = IntStream.rangeClosed(1, Settings.integer("CUSTOMERS", 1_000))
            .mapToObj(customer -> Tokens.bearer("CUSTOMER", String.valueOf(4_000_000 + customer))).toList();

    {
        var protocol = http.baseUrl(Shop.SERVICE.url()).acceptHeader("application/json").contentTypeHeader("application/json");
        Duration warmUp = Settings.warmUp();
        Duration measuredFor = Duration.ofSeconds(Settings.integer("DURATION_SECONDS", 60));
        setUp(buyers("warm-up order").injectOpen(constantUsersPerSec(RATE).during(warmUp))
                .andThen(buyers("order").injectOpen(constantUsersPerSec(RATE).during(measuredFor))))
                .protocols(protocol);
    }

    private ScenarioBuilder buyers(String name) {
        var orders = Stream.generate(() -> {
            Map<String, Object> order = new HashMap<>();
            order.put("token", tokens.get(ThreadLocalRandom.current().nextInt(tokens.size())));
            order.put("body", body(threeSkus()));
            return order;
        }).iterator();
        return scenario(name + " buyers").feed(orders)
                .exec(http(name).post("/api/v1/orders").header("Authorization", "#{token}")
                        .body(StringBody("#{body}"))
                        .check(ResponseTimes.captured())
                        .check(status().is(201)))
                .exec(measured.record(name, Set.of(201)));
    }

    /** Three distinct SKUs of the catalog. */
    static List<String> threeSkus() {
        return ThreadLocalRandom.current().ints(1, Shop.CATALOG_SKUS + 1).distinct().limit(3).mapToObj(Shop::sku).toList();
    }

    private static String body(List<String> skus) {
        StringBuilder items = new StringBuilder();
        for (String sku : skus) {
            items.append(items.length() == 0 ? "" : ",").append("{\"sku\":\"").append(sku).append("\",\"quantity\":1}");
        }
        return "{\"paymentMethod\":\"prepaid\",\"items\":[" + items + "]}";
    }

    @Override
    public void after() {
        measured.save(RESULTS);
    }
}
