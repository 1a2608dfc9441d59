package com.converge.kernel.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import org.junit.jupiter.api.Test;

/**
 * What every service promises operators: health (readiness covers the database and Kafka),
 * Prometheus metrics and its OpenAPI document. A service's {@code @QuarkusTest} subclass names one
 * of its API paths.
 */
public abstract class PlatformEndpointsContract {

    /** A path the service's OpenAPI document must list, e.g. {@code /api/v1/complaints}. */
    protected abstract String anApiPath();

    @Test
    void readinessCoversTheDatabaseAndKafka() {
        // the Reactive Messaging check is the Kafka connector's: it is DOWN while the broker is unreachable
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Reactive MySQL")))
                .body("checks.name", hasItem(containsString("Reactive Messaging")));
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void metricsAndOpenApiAreServed() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server"));
        given().get("/q/openapi?format=json").then().statusCode(200).body("paths", hasKey(anApiPath()));
    }
}
