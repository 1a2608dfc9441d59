package com.converge.callqueue.adapter.inbound.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QueueResourceTest {

    @Test
    void supportAndAdminReadQueues() {
        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/queues/unsigned_users/entries").then().statusCode(200);
        given().auth().oauth2(Tokens.admin("a-1")).get("/api/v1/queues/outstanding_requests/entries").then().statusCode(200);
    }

    @Test
    void customersMayNotReadQueuesAndStrangersMustAuthenticate() {
        given().auth().oauth2(Tokens.customer(42)).get("/api/v1/queues/unsigned_users/entries")
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/queues/unsigned_users/entries").then().statusCode(401);
    }

    @Test
    void anUnknownQueueOrLimitIsNamed() {
        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/queues/vip/entries")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("queue"));
        given().auth().oauth2(Tokens.support("s-1")).queryParam("limit", 0).get("/api/v1/queues/unsigned_users/entries")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(Tokens.support("s-1")).queryParam("limit", "many").get("/api/v1/queues/unsigned_users/entries")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }
}
