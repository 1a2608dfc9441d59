package com.converge.order.adapter.outbound.persistence;

import com.converge.kernel.persistence.NativeSql;
import com.converge.order.application.port.outbound.OrderNumbers;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/**
 * The day's number is {@code NEXTVAL(order_sequence)} less the day's base (V6). A sequence holds no
 * lock until commit, so orders no longer wait for each other's commits as they did on a per-day
 * counter row, and everything runs in the order's own transaction and connection (no second pool
 * connection, which deadlocked the pool under load). The price is gaps: an order refused after its
 * number was taken does not give it back. {@code ORD-YYYYMMDD-NNNNN} asks for unique numbers within
 * a day, which this keeps, not for consecutive ones.
 *
 * <p>The day's row is immutable once written, so a non-locking read that sees it sees its value. The
 * first order of a day writes it; one racing it waits on its insert and then reads it locked, which
 * reads the latest committed row (the plain read would keep the transaction's older snapshot).
 */
@ApplicationScoped
public class MariaDbOrderNumbers implements OrderNumbers {

    private static final String NEXT = "SELECT NEXTVAL(order_sequence) - base, base FROM order_number_day WHERE business_day = ?1";

    @Override
    public Uni<Integer> next(LocalDate businessDay) {
        return Sql.rows(NEXT, businessDay)
                .chain(rows -> rows.isEmpty() ? openDay(businessDay) : Uni.createFrom().item(rows))
                .map(rows -> NativeSql.integer(rows.get(0)[0]));
    }

    private static Uni<List<Object[]>> openDay(LocalDate businessDay) {
        return Sql.update("INSERT IGNORE INTO order_number_day (business_day, base) VALUES (?1, NEXTVAL(order_sequence))",
                        businessDay)
                .chain(() -> Sql.rows(NEXT + " LOCK IN SHARE MODE", businessDay));
    }
}
