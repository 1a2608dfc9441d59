package com.converge.callqueue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.converge.kernel.testing.OpenApiDocumentRules;
import com.converge.kernel.testing.PlatformEndpointsContract;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlatformEndpointsTest extends PlatformEndpointsContract {

    @Override
    protected String anApiPath() {
        return "/api/v1/queues/{queue}/entries";
    }

    @Test
    void everyRequestAndResponseBodyHasAnExample() throws IOException {
        JsonNode document = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());

        assertThat(OpenApiDocumentRules.examplesMissing(document)).as("body fields a reader sees no example of").isEmpty();
    }
}
