package com.converge.bench.order;

import com.converge.bench.Database;
import com.converge.bench.Scenario;
import com.converge.bench.Settings;
import java.sql.SQLException;

/**
 * The order-service data set both order scenarios use: CATALOG_SKUS products of one variant each
 * (BENCH-00001 ...) with plenty of stock, plus hot variants with 50 in stock. Loading empties the
 * orders database's order, stock-ledger and catalog tables first: run it on the local stack only.
 */
final class Shop {

    static final Database DB = new Database(Settings.get("ORDER_DATABASE", "orders"));
    static final Scenario.Service SERVICE = new Scenario.Service("order-service", "ORDER_PORT", 8083);
    static final int CATALOG_SKUS = Settings.integer("CATALOG_SKUS", 10_000);
    /** The hot variant of the service's measured burst, of its warm-up, and of the raw-SQL baseline. */
    static final String HOT_SKU = "BENCH-HOT";
    static final String WARM_UP_SKU = "BENCH-WARM";
    static final String RAW_SQL_HOT_SKU = "BENCH-HOT-SQL";
    static final int HOT_STOCK = 50;

    private Shop() {
    }

    static String sku(int number) {
        return String.format("BENCH-%05d", number);
    }

    static void load() throws SQLException {
        System.out.printf("order: loading %,d SKUs and the hot variants %s, %s, %s (%d in stock) into %s%n", CATALOG_SKUS,
                HOT_SKU, WARM_UP_SKU, RAW_SQL_HOT_SKU, HOT_STOCK, DB.name());
        DB.execute("emptied the orders, the stock ledger and the catalog",
                "SET FOREIGN_KEY_CHECKS = 0",
                "TRUNCATE TABLE order_line", "TRUNCATE TABLE order_status_history", "TRUNCATE TABLE reservation",
                "TRUNCATE TABLE customer_order", "TRUNCATE TABLE order_number_day", "TRUNCATE TABLE order_verification",
                "TRUNCATE TABLE buyer_record", "TRUNCATE TABLE promo_redemption", "TRUNCATE TABLE inventory_ledger",
                "TRUNCATE TABLE outbox_event", "TRUNCATE TABLE idempotency_key", "TRUNCATE TABLE review",
                "TRUNCATE TABLE stock", "TRUNCATE TABLE variant", "TRUNCATE TABLE product",
                "SET FOREIGN_KEY_CHECKS = 1",
                "INSERT IGNORE INTO category (name) VALUES ('Bench')");
        // ids are fixed so a variant's id is derived from its number (product ...7000..., variant ...8000...)
        DB.execute(String.format("inserted %,d products with one variant each, 1,000,000 in stock", CATALOG_SKUS),
                "INSERT INTO product (id, name, description, category_id, brand_id, image_urls, active, created_at)"
                        + " SELECT CONCAT('00000000-0000-7000-8000-', LPAD(seq, 12, '0')), CONCAT('Bench product ', seq),"
                        + " 'A product of the benchmark', (SELECT id FROM category WHERE name = 'Bench'), NULL, '[]', TRUE,"
                        + " UTC_TIMESTAMP(6) FROM seq_1_to_" + (CATALOG_SKUS + 3),
                "INSERT INTO variant (id, product_id, sku, price, attributes, active)"
                        + " SELECT CONCAT('00000000-0000-7000-9000-', LPAD(seq, 12, '0')),"
                        + " CONCAT('00000000-0000-7000-8000-', LPAD(seq, 12, '0')),"
                        + " CASE seq WHEN " + (CATALOG_SKUS + 1) + " THEN '" + HOT_SKU + "' WHEN " + (CATALOG_SKUS + 2)
                        + " THEN '" + WARM_UP_SKU + "' WHEN " + (CATALOG_SKUS + 3) + " THEN '" + RAW_SQL_HOT_SKU + "'"
                        + " ELSE CONCAT('BENCH-', LPAD(seq, 5, '0')) END, 100 + seq % 900, '{}', TRUE FROM seq_1_to_" + (CATALOG_SKUS + 3),
                "INSERT INTO stock (variant_id, sku, on_hand, reserved, low_stock_threshold)"
                        + " SELECT id, sku, IF(sku LIKE 'BENCH-HOT%' OR sku = '" + WARM_UP_SKU + "', " + HOT_STOCK + ", 1000000), 0, 0"
                        + " FROM variant",
                "ANALYZE TABLE product, variant, stock");
        // the day's order-number row exists after the day's first order: measure the rest of the day
        try (var connection = DB.connect()) {
            RawOrder.openDay(connection);
        }
    }

    static long ordersOf(String sku) throws SQLException {
        return DB.count("SELECT COUNT(DISTINCT l.order_id) FROM order_line l JOIN customer_order o ON o.id = l.order_id"
                + " WHERE l.sku = ?", sku);
    }

    /** Negative when the stock row was oversold (it cannot be: the CHECK constraint would have refused it). */
    static long available(String sku) throws SQLException {
        return DB.count("SELECT on_hand - reserved FROM stock WHERE sku = ?", sku);
    }
}
