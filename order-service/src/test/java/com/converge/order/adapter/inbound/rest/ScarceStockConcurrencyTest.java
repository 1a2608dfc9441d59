package com.converge.order.adapter.inbound.rest;

import static com.converge.order.Shop.count;
import static com.converge.order.Shop.newCustomer;
import static com.converge.order.Shop.order;
import static com.converge.order.Shop.product;
import static com.converge.order.Shop.stock;
import static com.converge.order.Shop.uniqueSku;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScarceStockConcurrencyTest {

    @Test
    void manyBuyersAtOnceNeverOversellAndTheLosersGet409() throws Exception {
        String hot = uniqueSku("HOT");
        String side = uniqueSku("SIDE");
        String hotVariant = product(hot, 10, "999.00");
        String sideVariant = product(side, 100, "10.00");
        int buyers = 30;
        ExecutorService pool = Executors.newFixedThreadPool(15);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < buyers; i++) {
            // half buy one unit in one line; half buy two units split over two lines of the same SKU, plus another SKU
            String items = i % 2 == 0
                    ? "[{\"sku\":\"" + hot + "\",\"quantity\":1}]"
                    : "[{\"sku\":\"" + side + "\",\"quantity\":1},{\"sku\":\"" + hot + "\",\"quantity\":1},{\"sku\":\"" + hot + "\",\"quantity\":1}]";
            long customer = newCustomer();
            answers.add(pool.submit((Callable<Integer>) () -> order(customer, "prepaid", items).then().extract().statusCode()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        assertThat(statuses).allMatch(status -> status == 201 || status == 409);
        int[] hotStock = stock(hotVariant);
        assertThat(hotStock[0]).isEqualTo(10);
        assertThat(hotStock[1]).isLessThanOrEqualTo(hotStock[0]);
        long reservedByOrders = count("""
                SELECT COALESCE(SUM(l.quantity), 0) FROM order_line l JOIN customer_order o ON o.id = l.order_id
                WHERE l.sku = ? AND o.status = 'PENDING'""", hot);
        assertThat(reservedByOrders).isEqualTo(hotStock[1]);
        // the scarce units went somewhere: with 30 buyers after 10 units, stock runs out
        assertThat(hotStock[1]).isGreaterThanOrEqualTo(9);
        long sideLines = count("SELECT COALESCE(SUM(quantity), 0) FROM order_line WHERE sku = ?", side);
        assertThat(stock(sideVariant)[1]).isEqualTo((int) sideLines);
        assertThat(count("SELECT COUNT(DISTINCT order_id) FROM order_line WHERE sku = ?", hot))
                .isEqualTo(statuses.stream().filter(s -> s == 201).count());
    }
}
