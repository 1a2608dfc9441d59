package com.converge.callqueue.adapter.outbound.persistence;

import com.converge.callqueue.application.port.outbound.ScoringTables;
import com.converge.callqueue.domain.CallOutcome;
import com.converge.callqueue.domain.ScoringTable;
import com.converge.kernel.persistence.NativeSql;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.reactive.mutiny.Mutiny;

@ApplicationScoped
public class MariaDbScoringTables implements ScoringTables {

    private static final String UPSERT_RULE = """
            INSERT INTO scoring_rule (outcome, adjustment) VALUES (?1, ?2)
            ON DUPLICATE KEY UPDATE adjustment = VALUES(adjustment)""";
    private static final String UPSERT_SETTING = """
            INSERT INTO scoring_setting (name, value) VALUES (?1, ?2)
            ON DUPLICATE KEY UPDATE value = VALUES(value)""";

    /**
     * Both tables in one round trip, as plain rows: every outcome reads them, and entities would be
     * kept in the session and dirty-checked at its flush for nothing.
     */
    private static final String CURRENT = """
            SELECT 'rule', outcome, adjustment FROM scoring_rule
            UNION ALL
            SELECT 'setting', name, value FROM scoring_setting""";

    @Override
    public Uni<ScoringTable> current() {
        return NativeSql.rows(CURRENT, List.of()).map(MariaDbScoringTables::toDomain);
    }

    @Override
    public Uni<Void> replace(ScoringTable table) {
        return Panache.getSession().chain(session -> {
            // One statement at a time: a reactive session does not run statements concurrently.
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Map.Entry<CallOutcome, Integer> rule : table.adjustments().entrySet()) {
                chain = chain.chain(() -> upsert(session, UPSERT_RULE, rule.getKey().wireName(), rule.getValue()));
            }
            return chain
                    .chain(() -> upsert(session, UPSERT_SETTING, ScoringSettingEntity.FREE_ATTEMPTS, table.freeAttempts()))
                    .chain(() -> upsert(session, UPSERT_SETTING, ScoringSettingEntity.PENALTY_PER_ATTEMPT,
                            table.penaltyPerAttempt()));
        });
    }

    private static Uni<Void> upsert(Mutiny.Session session, String sql, String key, int value) {
        return session.createNativeQuery(sql).setParameter(1, key).setParameter(2, value).executeUpdate().replaceWithVoid();
    }

    private static ScoringTable toDomain(List<Object[]> rows) {
        Map<CallOutcome, Integer> adjustments = new EnumMap<>(CallOutcome.class);
        Map<String, Integer> settings = new HashMap<>();
        for (Object[] row : rows) {
            String name = String.valueOf(row[1]);
            int value = ((Number) row[2]).intValue();
            if ("rule".equals(row[0])) {
                adjustments.put(CallOutcome.valueOf(name.toUpperCase(Locale.ROOT)), value);
            } else {
                settings.put(name, value);
            }
        }
        return new ScoringTable(adjustments,
                settings.getOrDefault(ScoringSettingEntity.FREE_ATTEMPTS, ScoringTable.DEFAULT.freeAttempts()),
                settings.getOrDefault(ScoringSettingEntity.PENALTY_PER_ATTEMPT, ScoringTable.DEFAULT.penaltyPerAttempt()));
    }
}
