package com.converge.callqueue.adapter.outbound.persistence;

import com.converge.callqueue.application.port.outbound.ScoringTables;
import com.converge.callqueue.domain.CallOutcome;
import com.converge.callqueue.domain.ScoringTable;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
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

    @Override
    public Uni<ScoringTable> current() {
        return Panache.getSession().chain(session -> session
                .createQuery("from ScoringRuleEntity", ScoringRuleEntity.class).getResultList()
                .chain(rules -> session.createQuery("from ScoringSettingEntity", ScoringSettingEntity.class)
                        .getResultList()
                        .map(settings -> toDomain(rules, settings))));
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

    private static ScoringTable toDomain(List<ScoringRuleEntity> rules, List<ScoringSettingEntity> settings) {
        Map<CallOutcome, Integer> adjustments = new EnumMap<>(CallOutcome.class);
        rules.forEach(r -> adjustments.put(CallOutcome.valueOf(r.outcome.toUpperCase(Locale.ROOT)), r.adjustment));
        int free = setting(settings, ScoringSettingEntity.FREE_ATTEMPTS, ScoringTable.DEFAULT.freeAttempts());
        int penalty = setting(settings, ScoringSettingEntity.PENALTY_PER_ATTEMPT, ScoringTable.DEFAULT.penaltyPerAttempt());
        return new ScoringTable(adjustments, free, penalty);
    }

    private static int setting(List<ScoringSettingEntity> settings, String name, int fallback) {
        return settings.stream().filter(s -> s.name.equals(name)).findFirst().map(s -> s.value).orElse(fallback);
    }
}
