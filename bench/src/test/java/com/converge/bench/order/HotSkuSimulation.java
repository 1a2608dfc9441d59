package com.converge.bench.order;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.converge.bench.ResponseTimes;
import com.converge.bench.Settings;
import com.converge.bench.Tokens;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * BUYERS (200) customers, each their own, order one unit of a variant with 50 in stock at the same
 * moment: first the warm-up variant (unmeasured), then the measured one ("order"). 201 and 409 are both
 * the expected answers; anything else is a failure.
 */
public class HotSkuSimulation extends Simulation {

    static final String RESULTS = "order-hot-sku-service.properties";
    static final int BUYERS = Settings.integer("BUYERS", 200);

    private final ResponseTimes measured = new ResponseTimes();

    {
        var protocol = http.baseUrl(Shop.SERVICE.url()).acceptHeader("application/json").contentTypeHeader("application/json");
        setUp(buyers("warm-up order", Shop.WARM_UP_SKU, 1_000_000).injectOpen(atOnceUsers(BUYERS))
                .andThen(buyers("order", Shop.HOT_SKU, 2_000_000).injectOpen(atOnceUsers(BUYERS))))
                .protocols(protocol);
    }

    private ScenarioBuilder buyers(String name, String sku, long firstCustomer) {
        AtomicLong customer = new AtomicLong(firstCustomer);
        var feeder = Stream.generate(() -> Map.<String, Object>of("token",
                Tokens.bearer("CUSTOMER", String.valueOf(customer.incrementAndGet())))).iterator();
        // tokens are signed before the burst, so signing does not spread the buyers out
        var tokens = Stream.generate(feeder::next).limit(BUYERS).toList().iterator();
        return scenario(name + " buyers").feed(tokens)
                .exec(http(name).post("/api/v1/orders").header("Authorization", "#{token}")
                        .body(StringBody("{\"paymentMethod\":\"prepaid\",\"items\":[{\"sku\":\"" + sku + "\",\"quantity\":1}]}"))
                        .check(ResponseTimes.captured())
                        .check(status().in(201, 409)))
                .exec(measured.record(name, Set.of(201, 409)));
    }

    @Override
    public void after() {
        measured.save(RESULTS);
    }
}
