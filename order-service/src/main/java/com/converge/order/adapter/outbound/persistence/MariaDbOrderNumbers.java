package com.converge.order.adapter.outbound.persistence;

import com.converge.order.application.port.outbound.OrderNumbers;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/**
 * The day's row is created outside the order's transaction (autocommit, INSERT IGNORE), so that
 * concurrent first orders of a day do not deadlock on inserting it; the increment is inside, so a
 * rolled-back order gives its number back and numbers stay gapless. The insert takes a second pool
 * connection while the order's transaction holds one (and its stock rows), so it runs only when a
 * non-locking read does not see the day's row: on every order, 20 concurrent orders held all 20
 * connections waiting for a 21st until the pool's timeout (bench/run.sh order-hot-sku).
 */
@ApplicationScoped
public class MariaDbOrderNumbers implements OrderNumbers {

    private final Pool pool;

    MariaDbOrderNumbers(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<Integer> next(LocalDate businessDay) {
        return Sql.rows("SELECT business_day, last_number FROM order_number_counter WHERE business_day = ?1", businessDay)
                .chain(rows -> rows.isEmpty()
                        ? pool.preparedQuery("INSERT IGNORE INTO order_number_counter (business_day, last_number) VALUES (?, 0)")
                                .execute(Tuple.of(businessDay)).replaceWithVoid()
                        : Uni.createFrom().voidItem())
                .chain(() -> Sql.update("UPDATE order_number_counter SET last_number = last_number + 1 WHERE business_day = ?1",
                        businessDay))
                .chain(() -> Sql.rows("SELECT last_number, business_day FROM order_number_counter WHERE business_day = ?1 FOR UPDATE",
                        businessDay))
                .map(rows -> Sql.integer(rows.get(0)[0]));
    }
}
