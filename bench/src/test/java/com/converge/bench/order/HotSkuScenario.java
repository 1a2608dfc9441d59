package com.converge.bench.order;

import com.converge.bench.Figures;
import com.converge.bench.RawSql;
import com.converge.bench.ResponseTimes;
import com.converge.bench.Settings;
import com.converge.bench.Summary;
import com.converge.bench.Timings;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

/**
 * order-hot-sku (issue 5): 200 concurrent buyers of one variant with 50 in stock: exactly 50 orders
 * succeed, the rest get 409; throughput against the same work in raw SQL (a conditional UPDATE of the
 * stock row and the order's rows, in one transaction) on a pool as large as the service's.
 */
public final class HotSkuScenario extends ShopScenario {

    @Override
    public String simulation() {
        return HotSkuSimulation.class.getName();
    }

    @Override
    public void finish(Summary summary) throws Exception {
        Path measured = Settings.workDirectory().resolve(HotSkuSimulation.RESULTS);
        Figures service = ResponseTimes.read(measured, "order", "service POST /api/v1/orders");
        long created = ResponseTimes.statusCount(measured, "order", 201);
        long conflicts = ResponseTimes.statusCount(measured, "order", 409);
        long serviceOrders = Shop.ordersOf(Shop.HOT_SKU);
        long serviceAvailable = Shop.available(Shop.HOT_SKU);

        int buyers = HotSkuSimulation.BUYERS;
        int pool = Settings.integer("DB_POOL_MAX_SIZE", 20);
        System.out.printf("order-hot-sku: raw-SQL baseline, %d buyers of %s on %d connections%n", buyers, Shop.RAW_SQL_HOT_SKU, pool);
        try (Connection connection = Shop.DB.connect()) {
            RawOrder.openDay(connection);
        }
        Timings timings = new Timings("order");
        long[] placed = new long[1];
        double seconds = RawSql.burst(Shop.DB, pool, buyers, (connection, buyer, start) -> {
            boolean ok = RawOrder.place(connection, 3_000_000L + buyer, List.of(Shop.RAW_SQL_HOT_SKU));
            synchronized (placed) {
                placed[0] += ok ? 1 : 0;
            }
            timings.record("order", start, true);
            return true;
        });
        Figures raw = timings.figures("order", "raw SQL order transaction", seconds);
        long rawOrders = Shop.ordersOf(Shop.RAW_SQL_HOT_SKU);

        summary.section(String.format("  %d buyers at once, one variant with %d in stock (throughput: buyers served per second"
                + " of the burst)", buyers, Shop.HOT_STOCK));
        summary.figures(service, raw);
        summary.ratio("order (burst)", service, raw);
        summary.verdict(String.format("service: exactly %d placed (201: %d, orders in the database: %d)", Shop.HOT_STOCK, created,
                serviceOrders), created == Shop.HOT_STOCK && serviceOrders == Shop.HOT_STOCK);
        summary.verdict(String.format("service: the other %d got 409 (409: %d, other statuses: %d)", buyers - Shop.HOT_STOCK,
                conflicts, service.ko()), conflicts == buyers - Shop.HOT_STOCK && service.ko() == 0);
        summary.verdict("service: not oversold (available now " + serviceAvailable + ")", serviceAvailable == 0);
        summary.verdict(String.format("raw SQL: exactly %d placed (%d, in the database %d)", Shop.HOT_STOCK, placed[0], rawOrders),
                placed[0] == Shop.HOT_STOCK && rawOrders == Shop.HOT_STOCK);
    }
}
