package com.converge.complaint.adapter.outbound.persistence;

import com.converge.kernel.persistence.NativeSql;
import com.converge.complaint.application.port.outbound.HealthWeightSettings;
import com.converge.complaint.domain.HealthDimension;
import com.converge.complaint.domain.HealthWeights;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One row per dimension; with none stored the defaults apply. */
@ApplicationScoped
public class MariaDbHealthWeightSettings implements HealthWeightSettings {

    @Override
    public Uni<HealthWeights> current() {
        return NativeSql.rows("SELECT dimension, weight FROM health_weight", List.of())
                .map(rows -> {
                    if (rows.isEmpty()) {
                        return HealthWeights.DEFAULT;
                    }
                    Map<HealthDimension, Integer> weights = new EnumMap<>(HealthWeights.DEFAULT.weights());
                    rows.forEach(row -> weights.put(HealthDimension.valueOf((String) row[0]), SqlRows.asInt(row[1])));
                    return new HealthWeights(weights);
                });
    }

    @Override
    public Uni<Void> save(HealthWeights weights, String changedBy, Instant at) {
        Uni<Void> saved = Uni.createFrom().voidItem();
        for (HealthDimension dimension : HealthDimension.values()) {
            saved = saved.chain(() -> Panache.getSession().chain(session -> session.createNativeQuery("""
                            INSERT INTO health_weight (dimension, weight, updated_by, updated_at) VALUES (?1, ?2, ?3, ?4)
                            ON DUPLICATE KEY UPDATE weight = VALUES(weight), updated_by = VALUES(updated_by),
                                                    updated_at = VALUES(updated_at)""")
                    .setParameter(1, dimension.name())
                    .setParameter(2, weights.of(dimension))
                    .setParameter(3, changedBy)
                    .setParameter(4, NativeSql.utc(at))
                    .executeUpdate()).replaceWithVoid());
        }
        return saved;
    }
}
