package com.converge.booking.adapter.inbound.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.converge.booking.Fixtures;
import com.converge.kernel.testing.KafkaProbe;
import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WalletResourceTest {

    static void post(long customerId, String direction, String amount, String key, int status) {
        var request = given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        request.body("""
                        {"direction":"%s","amount":%s,"reason":"adjustment","reference":"test"}
                        """.formatted(direction, amount))
                .post("/api/v1/customers/" + customerId + "/wallet/entries").then().statusCode(status);
    }

    @Test
    void creditsAndDebitsAreLedgerEntriesAndTheBalanceFollowsThem() {
        long id = Fixtures.registeredCustomer();
        post(id, "credit", "500.00", null, 201);
        post(id, "debit", "120.50", null, 201);

        given().auth().oauth2(Tokens.customer(id)).get("/api/v1/customers/" + id + "/wallet").then().statusCode(200)
                .body("balance", equalTo(379.5f))
                .body("entries.size()", equalTo(2))
                .body("entries[0].direction", equalTo("debit"))
                .body("entries[0].balanceAfter", equalTo(379.5f))
                .body("entries[1].balanceAfter", equalTo(500.0f));

        assertThat(KafkaProbe.await("booking-events",
                r -> Long.toString(id).equals(r.key()) && "converge.booking.WalletCredited".equals(KafkaProbe.header(r, "ce_type")),
                Duration.ofSeconds(20))).singleElement()
                .satisfies(r -> assertThat(r.value()).contains("\"balanceAfter\":500.00").contains("\"reason\":\"adjustment\""));
    }

    @Test
    void aDebitBeyondTheBalanceIsRefusedAndChangesNothing() throws Exception {
        long id = Fixtures.registeredCustomer();
        post(id, "credit", "100", null, 201);
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON)
                .body("{\"direction\":\"debit\",\"amount\":100.01,\"reason\":\"adjustment\",\"reference\":\"x\"}")
                .post("/api/v1/customers/" + id + "/wallet/entries").then().statusCode(422)
                .body("errors[0].field", equalTo("amount"));
        assertThat(Fixtures.count("SELECT COUNT(*) FROM wallet_entry WHERE customer_id = ?", id)).isEqualTo(1);
    }

    @Test
    void fiftyParallelDebitsNeverTakeTheBalanceBelowZero() throws Exception {
        long id = Fixtures.registeredCustomer();
        post(id, "credit", "100.00", null, 201);

        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Callable<Integer>> debits = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            debits.add(() -> given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON)
                    .body("{\"direction\":\"debit\",\"amount\":3.00,\"reason\":\"adjustment\",\"reference\":\"race\"}")
                    .post("/api/v1/customers/" + id + "/wallet/entries").then().extract().statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : pool.invokeAll(debits)) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(201, 422);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(33);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM wallet_entry WHERE customer_id = ? AND direction = 'DEBIT'", id)).isEqualTo(33);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM wallet_entry WHERE customer_id = ? AND balance_after < 0", id)).isZero();
        given().auth().oauth2(Tokens.admin("ad-1")).get("/api/v1/customers/" + id + "/wallet").then()
                .body("balance", equalTo(1.0f));
    }

    @Test
    void aRepeatedIdempotencyKeyReplaysTheFirstAnswerAndAnotherBodyIsRefused() throws Exception {
        long id = Fixtures.registeredCustomer();
        String first = given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON).header("Idempotency-Key", "k-" + id)
                .body("{\"direction\":\"credit\",\"amount\":250,\"reason\":\"adjustment\",\"reference\":\"r\"}")
                .post("/api/v1/customers/" + id + "/wallet/entries").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON).header("Idempotency-Key", "k-" + id)
                .body("{\"direction\":\"credit\",\"amount\":250,\"reason\":\"adjustment\",\"reference\":\"r\"}")
                .post("/api/v1/customers/" + id + "/wallet/entries").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON).header("Idempotency-Key", "k-" + id)
                .body("{\"direction\":\"credit\",\"amount\":999,\"reason\":\"adjustment\",\"reference\":\"r\"}")
                .post("/api/v1/customers/" + id + "/wallet/entries").then().statusCode(422)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        assertThat(Fixtures.count("SELECT COUNT(*) FROM wallet_entry WHERE customer_id = ?", id)).isEqualTo(1);
    }

    @Test
    void onlyAdminsMoveMoneyByHandAndCustomersSeeOnlyTheirOwnWallet() {
        long mine = Fixtures.registeredCustomer();
        long theirs = Fixtures.registeredCustomer();
        given().auth().oauth2(Tokens.customer(mine)).contentType(ContentType.JSON)
                .body("{\"direction\":\"credit\",\"amount\":10,\"reason\":\"adjustment\",\"reference\":\"r\"}")
                .post("/api/v1/customers/" + mine + "/wallet/entries").then().statusCode(403);
        given().auth().oauth2(Tokens.customer(mine)).get("/api/v1/customers/" + theirs + "/wallet").then().statusCode(404);
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON)
                .body("{\"direction\":\"credit\",\"amount\":10.001,\"reason\":\"adjustment\",\"reference\":\"r\"}")
                .post("/api/v1/customers/" + mine + "/wallet/entries").then().statusCode(400)
                .body("errors[0].field", equalTo("amount"));
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON)
                .body("{\"direction\":\"sideways\",\"amount\":10,\"reason\":\"adjustment\",\"reference\":\"r\"}")
                .post("/api/v1/customers/" + mine + "/wallet/entries").then().statusCode(400)
                .body("errors[0].field", equalTo("direction"));
    }
}
