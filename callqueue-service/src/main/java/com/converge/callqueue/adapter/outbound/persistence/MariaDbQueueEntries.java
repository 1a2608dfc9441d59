package com.converge.callqueue.adapter.outbound.persistence;

import com.converge.callqueue.application.port.inbound.QueueEntryView;
import com.converge.callqueue.application.port.outbound.QueueEntries;
import com.converge.callqueue.domain.CallOutcome;
import com.converge.callqueue.domain.Callback;
import com.converge.callqueue.domain.CallingRules;
import com.converge.callqueue.domain.EntryContext;
import com.converge.callqueue.domain.QueueEntry;
import com.converge.callqueue.domain.QueueName;
import com.converge.callqueue.domain.Score;
import com.converge.kernel.domain.CustomerId;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

@ApplicationScoped
public class MariaDbQueueEntries implements QueueEntries {

    private static final String SERVING_ORDER = """
            queue = :queue and active = true
            order by case when callbackDueAt <= :now then 0 else 1 end,
                     case when callbackDueAt <= :now then callbackDueAt end,
                     score, position""";

    /**
     * {@link com.converge.callqueue.domain.ServingOrder} and {@link QueueEntry#isServableTo} in SQL,
     * plus the customer's calling rules, in two steps: due callbacks (oldest due first), then entries
     * without a callback (lower score, then earlier arrival); a callback not yet due is in neither.
     * Each step reads ix_queue_entry_serving in its ORDER BY, so LIMIT 1 stops at the first row it
     * can lock: with SKIP LOCKED, concurrent claims pass each other instead of one sorting (and
     * locking) the whole queue while the others find nothing. The do-not-call and daily-cap checks
     * are scalar subqueries, one primary-key lookup per candidate: MariaDB turns NOT EXISTS into a
     * materialized NOT IN, a full scan of both tables on every claim (76 ms with 50,000 rows in each,
     * see bench/README.md).
     */
    private static final String ELIGIBLE = """
              AND (e.claim_expires_at IS NULL OR e.claim_expires_at <= :now)
              AND (SELECT COUNT(*) FROM do_not_call d WHERE d.customer_id = e.customer_id) = 0
              AND COALESCE((SELECT a.attempts FROM daily_attempt a
                            WHERE a.customer_id = e.customer_id AND a.call_day = :today), 0) < :cap
            """;
    private static final String NEXT_DUE_CALLBACK = """
            SELECT e.id FROM queue_entry e FORCE INDEX (ix_queue_entry_serving)
            WHERE e.queue = :queue AND e.active = TRUE AND e.callback_due_at <= :now
              AND (e.callback_owner IS NULL OR e.callback_owner = :agent OR e.callback_due_at <= :ownerDeadline)
            """ + ELIGIBLE + """
            ORDER BY e.callback_due_at, e.score, e.position
            LIMIT 1
            FOR UPDATE SKIP LOCKED""";
    private static final String NEXT_WITHOUT_CALLBACK = """
            SELECT e.id FROM queue_entry e FORCE INDEX (ix_queue_entry_serving)
            WHERE e.queue = :queue AND e.active = TRUE AND e.callback_due_at IS NULL
            """ + ELIGIBLE + """
            ORDER BY e.score, e.position
            LIMIT 1
            FOR UPDATE SKIP LOCKED""";

    private final QueueEntryPanacheRepository panache;

    MariaDbQueueEntries(QueueEntryPanacheRepository panache) {
        this.panache = panache;
    }

    @Override
    public Uni<Optional<QueueEntry>> lockActive(CustomerId customerId, QueueName queue) {
        return panache.find("customerId = ?1 and queue = ?2 and active = true", customerId.value(), queue.name())
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult()
                .map(entity -> Optional.ofNullable(entity).map(MariaDbQueueEntries::toDomain));
    }

    @Override
    public Uni<Optional<QueueEntry>> lock(UUID entryId) {
        return panache.find("id", entryId.toString())
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult()
                .map(entity -> Optional.ofNullable(entity).map(MariaDbQueueEntries::toDomain));
    }

    @Override
    public Uni<Optional<QueueEntryView>> find(UUID entryId) {
        return panache.findById(entryId.toString())
                .map(entity -> Optional.ofNullable(entity).map(e -> new QueueEntryView(toDomain(e), e.position)));
    }

    @Override
    public Uni<Optional<QueueEntryView>> lockNextServable(QueueName queue, String agent, Instant now, CallingRules rules) {
        return Panache.getSession().chain(session -> first(session, NEXT_DUE_CALLBACK, true, queue, agent, now, rules)
                        .chain(id -> id != null ? Uni.createFrom().item(id)
                                : first(session, NEXT_WITHOUT_CALLBACK, false, queue, agent, now, rules)))
                .chain(id -> id == null
                        ? Uni.createFrom().item(Optional.<QueueEntryView>empty())
                        // the row is already locked by this transaction: reading it again cannot race
                        : panache.findById(id).map(e -> Optional.of(new QueueEntryView(toDomain(e), e.position))));
    }

    private static Uni<String> first(Mutiny.Session session, String sql, boolean callbacks, QueueName queue, String agent,
                                     Instant now, CallingRules rules) {
        var query = session.createNativeQuery(sql)
                .setParameter("queue", queue.name())
                .setParameter("now", utc(now))
                .setParameter("today", rules.window().dayOf(now))
                .setParameter("cap", rules.dailyAttemptCap());
        if (callbacks) {
            query.setParameter("agent", agent).setParameter("ownerDeadline", utc(now.minus(rules.ownerGrace())));
        }
        return query.getResultList()
                .map(ids -> ids.isEmpty() ? null : String.valueOf(ids.get(0)));
    }

    @Override
    public Uni<Void> add(QueueEntry entry) {
        QueueEntryEntity entity = new QueueEntryEntity();
        entity.id = entry.id().toString();
        copy(entry, entity);
        return panache.persist(entity).replaceWithVoid();
    }

    @Override
    public Uni<Void> update(QueueEntry entry) {
        return panache.findById(entry.id().toString()).invoke(entity -> copy(entry, entity)).replaceWithVoid();
    }

    @Override
    public Uni<List<QueueEntryView>> activeInServingOrder(QueueName queue, Instant now, int limit) {
        return panache.find(SERVING_ORDER, Parameters.with("queue", queue.name()).and("now", now))
                .page(0, limit)
                .list()
                .map(entities -> entities.stream().map(e -> new QueueEntryView(toDomain(e), e.position)).toList());
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static void copy(QueueEntry entry, QueueEntryEntity entity) {
        entity.customerId = entry.customerId().value();
        entity.queue = entry.queue().name();
        entity.score = entry.score().value();
        entity.attempts = entry.attempts();
        entity.lastOutcome = entry.lastOutcome() == null ? null : entry.lastOutcome().wireName();
        entity.source = entry.context().source();
        entity.complaintId = entry.context().complaintId();
        entity.orderId = entry.context().orderId();
        Callback callback = entry.callback();
        entity.callbackDueAt = callback == null ? null : callback.dueAt();
        entity.callbackReason = callback == null ? null : callback.reason();
        entity.callbackOwner = callback == null ? null : callback.ownerAgent();
        QueueEntry.Claim claim = entry.claim();
        entity.claimedBy = claim == null ? null : claim.agentId();
        entity.claimExpiresAt = claim == null ? null : claim.expiresAt();
        entity.active = entry.active();
        entity.enqueuedAt = entry.enqueuedAt();
        entity.updatedAt = entry.updatedAt();
    }

    private static QueueEntry toDomain(QueueEntryEntity e) {
        Callback callback = e.callbackDueAt == null ? null : new Callback(e.callbackDueAt, e.callbackReason, e.callbackOwner);
        QueueEntry.Claim claim = e.claimedBy == null ? null : new QueueEntry.Claim(e.claimedBy, e.claimExpiresAt);
        CallOutcome lastOutcome = e.lastOutcome == null ? null
                : CallOutcome.valueOf(e.lastOutcome.toUpperCase(Locale.ROOT));
        return new QueueEntry(UUID.fromString(e.id), new CustomerId(e.customerId), QueueName.valueOf(e.queue),
                new Score(e.score), e.attempts, lastOutcome, new EntryContext(e.source, e.complaintId, e.orderId),
                callback, claim, e.active, e.enqueuedAt, e.updatedAt);
    }
}
