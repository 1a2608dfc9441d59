package com.converge.booking.adapter.outbound.persistence;

import com.converge.kernel.persistence.NativeSql;
import com.converge.booking.application.port.outbound.Commissions;
import com.converge.booking.domain.settlement.CategoryCommission;
import com.converge.booking.domain.settlement.CommissionRateChange;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Rates in {@code commission_rate}, their history in {@code commission_rate_change}. */
@ApplicationScoped
public class MariaDbCommissions implements Commissions {

    private static final String RATES = """
            SELECT c.id, c.name, r.percent FROM category c LEFT JOIN commission_rate r ON r.category_id = c.id""";
    private static final String UPSERT = """
            INSERT INTO commission_rate (category_id, percent) VALUES (?1, ?2) ON DUPLICATE KEY UPDATE percent = VALUES(percent)""";
    private static final String INSERT_CHANGE = """
            INSERT INTO commission_rate_change (category_id, previous_percent, percent, changed_by, changed_at)
            VALUES (?1, ?2, ?3, ?4, ?5)""";

    @Override
    public Uni<List<CategoryCommission>> perCategory() {
        return read(RATES + " ORDER BY c.display_order", null);
    }

    @Override
    public Uni<Optional<CategoryCommission>> lock(int categoryId) {
        return read(RATES + " WHERE c.id = ?1 FOR UPDATE", categoryId).map(found -> found.stream().findFirst());
    }

    @Override
    public Uni<Void> record(CommissionRateChange change) {
        return Panache.getSession().chain(session -> session.createNativeQuery(UPSERT)
                .setParameter(1, change.categoryId())
                .setParameter(2, change.percent())
                .executeUpdate()
                .chain(() -> session.createNativeQuery(INSERT_CHANGE)
                        .setParameter(1, change.categoryId())
                        .setParameter(2, change.previousPercent())
                        .setParameter(3, change.percent())
                        .setParameter(4, change.changedBy())
                        .setParameter(5, NativeSql.utc(change.changedAt()))
                        .executeUpdate())
                .replaceWithVoid());
    }

    private Uni<List<CategoryCommission>> read(String sql, Integer categoryId) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, Object[].class);
            if (categoryId != null) {
                query.setParameter(1, categoryId);
            }
            return query.getResultList().map(rows -> rows.stream().map(row -> new CategoryCommission(
                    (int) NativeSql.number(row[0]), (String) row[1], row[2] == null ? null : SqlValues.asDecimal(row[2]))).toList());
        });
    }
}
