package com.converge.callqueue.adapter.outbound.persistence;

import com.converge.callqueue.application.port.outbound.CallLog;
import com.converge.callqueue.domain.CallOutcome;
import com.converge.callqueue.domain.CallRecord;
import com.converge.callqueue.domain.QueueName;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.persistence.NativeSql;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@ApplicationScoped
public class MariaDbCallLog implements CallLog {

    /** One statement, so two calls to the same customer at once both count. */
    private static final String COUNT_ATTEMPT = """
            INSERT INTO daily_attempt (customer_id, call_day, attempts) VALUES (?1, ?2, 1)
            ON DUPLICATE KEY UPDATE attempts = attempts + 1""";
    /** A customer's attempts on a day; right after {@link #COUNT_ATTEMPT}, the row this transaction just counted in. */
    private static final String ATTEMPTS = "SELECT attempts FROM daily_attempt WHERE customer_id = ?1 AND call_day = ?2";

    @Override
    public Uni<Integer> record(CallRecord call, LocalDate day) {
        CallRecordEntity entity = new CallRecordEntity();
        entity.id = call.id().toString();
        entity.entryId = call.entryId().toString();
        entity.customerId = call.customerId().value();
        entity.agentId = call.agentId();
        entity.queue = call.queue().name();
        entity.outcome = call.outcome().wireName();
        entity.connected = call.connected();
        entity.durationSeconds = call.durationSeconds();
        entity.notes = call.notes();
        entity.completedAt = call.completedAt();
        return Panache.getSession().chain(session -> session.persist(entity)
                .chain(() -> NativeSql.update(COUNT_ATTEMPT, List.of(call.customerId().value(), day)))
                .chain(() -> NativeSql.value(ATTEMPTS, List.of(call.customerId().value(), day)))
                .map(NativeSql::integer));
    }

    @Override
    public Uni<Integer> attemptsOn(CustomerId customerId, LocalDate day) {
        return NativeSql.rows(ATTEMPTS, List.of(customerId.value(), day))
                .map(rows -> rows.isEmpty() ? 0 : NativeSql.integer(rows.get(0)[0]));
    }

    @Override
    public Uni<List<CallRecord>> callsTo(CustomerId customerId, Instant since) {
        return Panache.getSession().chain(session -> session
                        .createQuery("from CallRecordEntity where customerId = :customer and completedAt >= :since "
                                + "order by completedAt", CallRecordEntity.class)
                        .setParameter("customer", customerId.value())
                        .setParameter("since", since)
                        .getResultList())
                .map(rows -> rows.stream().map(MariaDbCallLog::toDomain).toList());
    }

    private static CallRecord toDomain(CallRecordEntity e) {
        return new CallRecord(UUID.fromString(e.id), UUID.fromString(e.entryId), new CustomerId(e.customerId), e.agentId,
                QueueName.valueOf(e.queue), CallOutcome.valueOf(e.outcome.toUpperCase(Locale.ROOT)), e.durationSeconds,
                e.notes, e.completedAt);
    }
}
