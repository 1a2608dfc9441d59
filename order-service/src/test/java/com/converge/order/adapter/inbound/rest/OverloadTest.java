package com.converge.order.adapter.inbound.rest;

import static com.converge.order.Shop.count;
import static com.converge.order.Shop.newCustomer;
import static com.converge.order.Shop.order;
import static com.converge.order.Shop.product;
import static com.converge.order.Shop.stock;
import static com.converge.order.Shop.uniqueSku;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.converge.kernel.testing.TestDatabase;
import com.converge.kernel.testing.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Far more orders at once than the pool can serve, many of them given up on by their clients part-way:
 * the ones past the pool's wait queue are refused 503 at once, the service is whole again afterwards
 * (every connection back, no transaction left open) and its stock adds up.
 */
@QuarkusTest
@TestProfile(OverloadTest.SmallPool.class)
class OverloadTest {

    static final int CONNECTIONS = 4;

    public static class SmallPool implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.reactive.max-size", String.valueOf(CONNECTIONS),
                    "converge.datasource.max-wait-queue", "8");
        }
    }

    private static final int REQUESTS = 150;
    private static final int ON_HAND = 1_000;

    @TestHTTPResource("/api/v1/orders")
    URI orders;

    @Test
    void anOverloadRefusesWith503LosesNoConnectionAndLeavesStockConsistent() throws Exception {
        List<String> skus = List.of(uniqueSku("LOAD-A"), uniqueSku("LOAD-B"), uniqueSku("LOAD-C"));
        List<String> variants = new ArrayList<>();
        for (String sku : skus) {
            variants.add(product(sku, ON_HAND, "10.00"));
        }
        String items = "[{\"sku\":\"%s\",\"quantity\":1},{\"sku\":\"%s\",\"quantity\":2},{\"sku\":\"%s\",\"quantity\":3}]"
                .formatted(skus.get(0), skus.get(1), skus.get(2));

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Queue<HttpResponse<String>> answered = new ConcurrentLinkedQueue<>();
        AtomicInteger givenUp = new AtomicInteger();
        List<CompletableFuture<?>> sent = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            // a third of the clients give up after a few ms, the way a client whose own deadline passes does
            Duration patience = i % 3 == 0 ? Duration.ofMillis(ThreadLocalRandom.current().nextInt(5, 150)) : Duration.ofSeconds(60);
            HttpRequest request = HttpRequest.newBuilder(orders).timeout(patience)
                    .header("Authorization", "Bearer " + Tokens.customer(newCustomer()))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"paymentMethod\":\"prepaid\",\"items\":" + items + "}"))
                    .build();
            sent.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, failure) -> {
                        if (response != null) {
                            answered.add(response);
                        } else if (failure instanceof HttpTimeoutException || failure.getCause() instanceof HttpTimeoutException) {
                            givenUp.incrementAndGet();
                        }
                    }));
        }
        CompletableFuture.allOf(sent.stream().map(f -> f.exceptionally(failure -> null)).toArray(CompletableFuture[]::new))
                .get(2, TimeUnit.MINUTES);

        assertThat(givenUp).as("requests their clients gave up on").hasValueGreaterThan(0);
        assertThat(answered).as("every answer is an order or a refusal to retry, never a 500")
                .allSatisfy(response -> assertThat(response.statusCode()).isIn(201, 503));
        List<HttpResponse<String>> refused = answered.stream().filter(r -> r.statusCode() == 503).toList();
        assertThat(refused).as("requests past the pool's wait queue").isNotEmpty();
        assertThat(refused).allSatisfy(response -> {
            assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).contains("urn:converge:problem:overloaded");
        });

        // whole again: ready, no transaction left open, and as many orders at once as there are connections succeed
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(openTransactions()).isZero());
        List<CompletableFuture<Integer>> after = new ArrayList<>();
        for (int i = 0; i < CONNECTIONS; i++) {
            long customer = newCustomer();
            after.add(CompletableFuture.supplyAsync(() -> order(customer, "prepaid", items).then().extract().statusCode()));
        }
        for (CompletableFuture<Integer> status : after) {
            assertThat(status.get(20, TimeUnit.SECONDS)).isEqualTo(201);
        }

        long placed = answered.stream().filter(r -> r.statusCode() == 201).count() + CONNECTIONS;
        long orders = count("SELECT COUNT(DISTINCT order_id) FROM order_line WHERE sku = ?", skus.get(0));
        // an order whose client gave up may still have been placed: its unit of work ran to its end
        assertThat(orders).isGreaterThanOrEqualTo(placed).isLessThanOrEqualTo(placed + givenUp.get());
        assertThat(count("""
                SELECT COUNT(DISTINCT o.order_number) FROM customer_order o JOIN order_line l ON l.order_id = o.id
                WHERE l.sku = ?""", skus.get(0))).as("distinct order numbers").isEqualTo(orders);
        for (int i = 0; i < skus.size(); i++) {
            int[] level = stock(variants.get(i));
            assertThat(level[0]).isEqualTo(ON_HAND);
            assertThat(level[1]).as("reserved " + skus.get(i)).isEqualTo((int) count("""
                    SELECT COALESCE(SUM(l.quantity), 0) FROM order_line l JOIN customer_order o ON o.id = l.order_id
                    WHERE l.sku = ? AND o.status = 'PENDING'""", skus.get(i))).isEqualTo(orders * (i + 1));
        }
    }

    private static int openTransactions() throws Exception {
        try (Connection db = TestDatabase.connect("orders_test");
             Statement query = db.createStatement();
             ResultSet open = query.executeQuery("""
                     SELECT COUNT(*) FROM information_schema.INNODB_TRX t
                     JOIN information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id
                     WHERE p.DB = '%s'""".formatted(TestDatabase.name("orders_test")))) {
            open.next();
            return open.getInt(1);
        }
    }
}
