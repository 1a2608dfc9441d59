package com.converge.kernel.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * What every service promises operators: health (readiness covers the database and Kafka),
 * Prometheus metrics and its OpenAPI document, complete (OpenApiDocumentRules: every operation, and an
 * example of every body) and the same as the committed docs/openapi/&lt;service&gt;.yaml. A service's
 * {@code @QuarkusTest} subclass names one of its API paths.
 *
 * <p>After changing an endpoint, regenerate the committed document with
 * {@code ./mvnw -o -pl <service> -am verify -Dtest=PlatformEndpointsTest -Dsurefire.failIfNoSpecifiedTests=false -Dconverge.openapi.write=true}.
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

    @Test
    void everyOperationOfTheOpenApiDocumentIsComplete() throws IOException {
        JsonNode document = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());

        assertThat(OpenApiDocumentRules.violations(document)).as("OpenAPI operations missing what docs/api.md promises").isEmpty();
    }

    @Test
    void everyRequestAndResponseBodyHasAnExample() throws IOException {
        JsonNode document = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());

        assertThat(OpenApiDocumentRules.examplesMissing(document))
                .as("request and success response fields without an example (@Schema(example = ...), docs/api.md)").isEmpty();
    }

    @Test
    void theServedOpenApiDocumentIsTheCommittedOne() throws IOException {
        String served = given().get("/q/openapi").then().statusCode(200).extract().asString();
        String service = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        Path committed = ConvergeProject.root().resolve("docs/openapi").resolve(service + ".yaml");
        if (Boolean.getBoolean("converge.openapi.write")) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, served);
        }
        assertThat(committed).as("the committed OpenAPI document; regenerate it with -Dconverge.openapi.write=true").exists();
        assertThat(served).as("%s differs from what the service serves: regenerate it with -Dconverge.openapi.write=true "
                + "(see PlatformEndpointsContract) and review the diff", committed).isEqualTo(Files.readString(committed));
    }
}
