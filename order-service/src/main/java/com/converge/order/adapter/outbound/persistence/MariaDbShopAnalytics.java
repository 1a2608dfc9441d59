package com.converge.order.adapter.outbound.persistence;

import com.converge.kernel.persistence.NativeSql;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import com.converge.order.application.port.outbound.ShopAnalytics;
import com.converge.order.domain.CustomerValue;
import com.converge.order.domain.DailyMetrics;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MariaDbShopAnalytics implements ShopAnalytics {

    private static final String VALUE = """
            SELECT customer_id, COUNT(*), COALESCE(SUM(total - refunded), 0), DATE_FORMAT(MAX(placed_at), '%Y-%m-%dT%H:%i:%s.%fZ')
            FROM customer_order WHERE status <> 'CANCELLED'""";

    @Override
    public Uni<List<DailyMetrics>> daily(LocalDate from, LocalDate to, ZoneId zone) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        // the zone's offset on the first day; India has kept one offset since 1945
        int offsetMinutes = zone.getRules().getOffset(start).getTotalSeconds() / 60;
        return Sql.rows("""
                        SELECT DATE_FORMAT(placed_at + INTERVAL ?1 MINUTE, '%Y-%m-%d') AS business_day, COUNT(*),
                               COALESCE(SUM(CASE WHEN status <> 'CANCELLED' THEN total - refunded ELSE 0 END), 0),
                               SUM(CASE WHEN status = 'CANCELLED' THEN 1 ELSE 0 END),
                               SUM(CASE WHEN status = 'RETURNED' THEN 1 ELSE 0 END)
                        FROM customer_order WHERE placed_at >= ?2 AND placed_at < ?3
                        GROUP BY business_day ORDER BY business_day""",
                        offsetMinutes, NativeSql.utc(start), NativeSql.utc(end))
                .map(rows -> rows.stream().map(r -> new DailyMetrics(LocalDate.parse((String) r[0]), NativeSql.integer(r[1]),
                        new Money(((BigDecimal) r[2]).setScale(2)), NativeSql.integer(r[3]), NativeSql.integer(r[4]))).toList());
    }

    @Override
    public Uni<Optional<CustomerValue>> customer(CustomerId customerId) {
        return Sql.rows(VALUE + " AND customer_id = ?1 GROUP BY customer_id", customerId.value())
                .map(rows -> rows.isEmpty() ? Optional.empty() : Optional.of(toDomain(rows.get(0))));
    }

    @Override
    public Uni<List<CustomerValue>> topCustomers(int limit) {
        return Sql.rows(VALUE + " GROUP BY customer_id ORDER BY 3 DESC, customer_id LIMIT ?1", limit)
                .map(rows -> rows.stream().map(MariaDbShopAnalytics::toDomain).toList());
    }

    private static CustomerValue toDomain(Object[] r) {
        return new CustomerValue(new CustomerId(((Number) r[0]).longValue()), NativeSql.integer(r[1]),
                new Money(((BigDecimal) r[2]).setScale(2)), Instant.parse((String) r[3]));
    }
}
