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
import java.util.stream.Collectors;
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
     * Each step reads ix_queue_entry_serving in its ORDER BY, so LIMIT stops after the first eligible
     * rows. The do-not-call and daily-cap checks are scalar subqueries, one primary-key lookup per
     * candidate: MariaDB turns NOT EXISTS into a materialized NOT IN, a full scan of both tables on
     * every claim (76 ms with 50,000 rows in each, see bench/README.md).
     * <p>
     * These reads take no locks. A locking read of the same query would lock every row it examines
     * until commit under REPEATABLE READ, the ineligible ones (claimed, do-not-call, capped) and the
     * do-not-call and daily_attempt rows of its subqueries included: with 100,000 such rows and 50
     * agents, the lock heaps filled MariaDB's buffer pool and it aborted. So a claim reads a batch of
     * candidates in serving order, then locks the first of them still claimable ({@link #LOCK_FIRST}).
     */
    private static final String ELIGIBLE = """
              AND (e.claim_expires_at IS NULL OR e.claim_expires_at <= :now)
              AND (SELECT COUNT(*) FROM do_not_call d WHERE d.customer_id = e.customer_id) = 0
              AND COALESCE((SELECT a.attempts FROM daily_attempt a
                            WHERE a.customer_id = e.customer_id AND a.call_day = :today), 0) < :cap
            """;
    /** Continues after the last candidate of the previous batch (keyset), at any isolation level. */
    private static final String DUE_CALLBACK_CANDIDATES = """
            SELECT e.id, e.version, e.callback_due_at, e.score, e.position FROM queue_entry e FORCE INDEX (ix_queue_entry_serving)
            WHERE e.queue = :queue AND e.active = TRUE AND e.callback_due_at <= :now
              AND (e.callback_owner IS NULL OR e.callback_owner = :agent OR e.callback_due_at <= :ownerDeadline)
              AND (e.callback_due_at > :afterDueAt OR (e.callback_due_at = :afterDueAt
                   AND (e.score > :afterScore OR (e.score = :afterScore AND e.position > :afterPosition))))
            """ + ELIGIBLE + """
            ORDER BY e.callback_due_at, e.score, e.position
            LIMIT :batch""";
    private static final String WITHOUT_CALLBACK_CANDIDATES = """
            SELECT e.id, e.version, e.callback_due_at, e.score, e.position FROM queue_entry e FORCE INDEX (ix_queue_entry_serving)
            WHERE e.queue = :queue AND e.active = TRUE AND e.callback_due_at IS NULL
              AND (e.score > :afterScore OR (e.score = :afterScore AND e.position > :afterPosition))
            """ + ELIGIBLE + """
            ORDER BY e.score, e.position
            LIMIT :batch""";
    /**
     * Locks the first candidate, in the batch's order, that no one has written since the batch was read
     * (same version: every write of an entry bumps it): one another agent claimed, or claimed and called
     * since, is left, so an entry is never handed out twice, and the entity read after the lock (from the
     * same snapshot as the batch) is the row as it is. The candidates drive the join in their order and
     * each is one primary-key lookup, so the statement stops at the first row it can lock: it locks that
     * row, plus the candidates written since the batch was read, never the rest of the batch (which an IN
     * list sorted before LIMIT 1 would lock, and so hide from the other agents). Rows other transactions
     * hold are skipped. The calling rules are not read again here: a locking read of do_not_call or
     * daily_attempt would lock their rows and gaps against the outcomes being recorded.
     */
    private static final String LOCK_FIRST = """
            SELECT e.id FROM JSON_TABLE(:candidates, '$[*]' COLUMNS (turn FOR ORDINALITY, id CHAR(36) PATH '$.id',
                                                                   version BIGINT PATH '$.version')) c
            STRAIGHT_JOIN queue_entry e ON e.id = c.id
            WHERE e.version = c.version AND e.active = TRUE AND (e.claim_expires_at IS NULL OR e.claim_expires_at <= :now)
            ORDER BY c.turn
            LIMIT 1
            FOR UPDATE SKIP LOCKED""";
    /**
     * Candidates per round: more than the claims one replica has in flight (its pool's connections), so a
     * round is rarely all taken; when it is, the next round continues after it until the queue runs out.
     */
    private static final int BATCH = 32;
    private static final LocalDateTime BEFORE_ANY_CALLBACK = LocalDateTime.of(1000, 1, 1, 0, 0);

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
        return Panache.getSession().chain(session -> {
                    var dueCallbacks = new Step(session, true, queue, agent, now, rules);
                    var withoutCallback = new Step(session, false, queue, agent, now, rules);
                    return dueCallbacks.lockFirst(Candidate.FIRST)
                            .chain(id -> id != null ? Uni.createFrom().item(id) : withoutCallback.lockFirst(Candidate.FIRST));
                })
                .chain(id -> id == null
                        ? Uni.createFrom().item(Optional.<QueueEntryView>empty())
                        // the row is already locked by this transaction: reading it again cannot race
                        : panache.findById(id).map(e -> Optional.of(new QueueEntryView(toDomain(e), e.position))));
    }

    /** A place in serving order: the candidates of a batch, and where the next batch starts. */
    private record Candidate(String id, long version, LocalDateTime callbackDueAt, int score, long position) {
        static final Candidate FIRST = new Candidate(null, 0, BEFORE_ANY_CALLBACK, Integer.MIN_VALUE, Long.MIN_VALUE);

        static Candidate of(Object[] row) {
            return new Candidate(String.valueOf(row[0]), ((Number) row[1]).longValue(), (LocalDateTime) row[2],
                    ((Number) row[3]).intValue(), ((Number) row[4]).longValue());
        }

        String json() {
            return "{\"id\":\"" + id + "\",\"version\":" + version + "}";
        }
    }

    /** One step of the serving order (due callbacks, or entries without a callback), claimed batch by batch. */
    private record Step(Mutiny.Session session, boolean callbacks, QueueName queue, String agent, Instant now,
                        CallingRules rules) {

        /** The id of the entry locked for this claim, or null when the step has none left for this agent. */
        Uni<String> lockFirst(Candidate after) {
            return candidatesAfter(after).chain(batch -> {
                if (batch.isEmpty()) {
                    return Uni.createFrom().nullItem();
                }
                return lock(batch).chain(id -> id != null || batch.size() < BATCH
                        ? Uni.createFrom().item(id)
                        : lockFirst(batch.get(batch.size() - 1)));
            });
        }

        private Uni<List<Candidate>> candidatesAfter(Candidate after) {
            var query = session.createNativeQuery(callbacks ? DUE_CALLBACK_CANDIDATES : WITHOUT_CALLBACK_CANDIDATES, Object[].class)
                    .setParameter("queue", queue.name())
                    .setParameter("now", utc(now))
                    .setParameter("today", rules.window().dayOf(now))
                    .setParameter("cap", rules.dailyAttemptCap())
                    .setParameter("afterScore", after.score())
                    .setParameter("afterPosition", after.position())
                    .setParameter("batch", BATCH);
            if (callbacks) {
                query.setParameter("agent", agent)
                        .setParameter("ownerDeadline", utc(now.minus(rules.ownerGrace())))
                        .setParameter("afterDueAt", after.callbackDueAt());
            }
            return query.getResultList().map(rows -> rows.stream().map(Candidate::of).toList());
        }

        private Uni<String> lock(List<Candidate> batch) {
            return session.createNativeQuery(LOCK_FIRST)
                    .setParameter("candidates", batch.stream().map(Candidate::json).collect(Collectors.joining(",", "[", "]")))
                    .setParameter("now", utc(now))
                    .getResultList()
                    .map(found -> found.isEmpty() ? null : String.valueOf(found.get(0)));
        }
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
