package com.converge.callqueue.adapter.outbound.persistence;

import com.converge.callqueue.application.port.inbound.QueueEntryView;
import com.converge.callqueue.application.port.outbound.QueueEntries;
import com.converge.callqueue.domain.CallOutcome;
import com.converge.callqueue.domain.Callback;
import com.converge.callqueue.domain.CallingRules;
import com.converge.callqueue.domain.EntryContext;
import com.converge.callqueue.domain.EntrySource;
import com.converge.callqueue.domain.QueueEntry;
import com.converge.callqueue.domain.QueueName;
import com.converge.callqueue.domain.Score;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.persistence.NativeSql;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class MariaDbQueueEntries implements QueueEntries {

    private static final String SERVING_ORDER = """
            queue = :queue and active = true
            order by case when callbackDueAt <= :now then 0 else 1 end,
                     case when callbackDueAt <= :now then callbackDueAt end,
                     score, position""";

    /**
     * {@link com.converge.callqueue.domain.ServingOrder} and {@link QueueEntry#isServableTo} in SQL,
     * plus the customer's calling rules, in one statement of two parts: due callbacks (oldest due first),
     * then entries without a callback (lower score, then earlier arrival); a callback not yet due is in
     * neither. Each part reads ix_queue_entry_serving in its ORDER BY, so LIMIT stops after the first
     * eligible rows, and skips parked entries (do-not-call, daily cap reached) in the index itself, so it
     * does not walk past them. The do-not-call and daily-cap checks stay, for entries not parked yet
     * (admitted while their customer was being listed, or in the other queue of a customer who reached the cap):
     * scalar subqueries, one primary-key lookup per candidate, because MariaDB turns NOT EXISTS into a
     * materialized NOT IN, a full scan of both tables on every claim (76 ms with 50,000 rows in each, see
     * bench/README.md).
     * <p>
     * These reads take no locks. A locking read of the same query would lock every row it examines
     * until commit under REPEATABLE READ, the ineligible ones (claimed, do-not-call, capped) and the
     * do-not-call and daily_attempt rows of its subqueries included: with 100,000 such rows and 50
     * agents, the lock heaps filled MariaDB's buffer pool and it aborted. So a claim reads a batch of
     * candidates in serving order, then locks the first of them still claimable ({@link #LOCK_FIRST}).
     * Each part continues after the last candidate it gave in the previous round (keyset); a part with
     * nothing left is given a starting point past every entry.
     */
    private static final String ELIGIBLE = """
              AND (e.claim_expires_at IS NULL OR e.claim_expires_at <= ?2)
              AND (SELECT COUNT(*) FROM do_not_call d WHERE d.customer_id = e.customer_id) = 0
              AND COALESCE((SELECT a.attempts FROM daily_attempt a
                            WHERE a.customer_id = e.customer_id AND a.call_day = ?3), 0) < ?4
            """;
    private static final String CANDIDATES = """
            (SELECT 1 AS due_callback, e.id, e.version, e.callback_due_at, e.score, e.position
             FROM queue_entry e FORCE INDEX (ix_queue_entry_serving)
             WHERE e.queue = ?1 AND e.active = TRUE AND e.parked_until IS NULL AND e.callback_due_at <= ?2
               AND (e.callback_owner IS NULL OR e.callback_owner = ?5 OR e.callback_due_at <= ?6)
               AND (e.callback_due_at > ?7 OR (e.callback_due_at = ?7
                    AND (e.score > ?8 OR (e.score = ?8 AND e.position > ?9))))
            """ + ELIGIBLE + """
             ORDER BY e.callback_due_at, e.score, e.position
             LIMIT ?12)
            UNION ALL
            (SELECT 0, e.id, e.version, e.callback_due_at, e.score, e.position
             FROM queue_entry e FORCE INDEX (ix_queue_entry_serving)
             WHERE e.queue = ?1 AND e.active = TRUE AND e.parked_until IS NULL AND e.callback_due_at IS NULL
               AND (e.score > ?10 OR (e.score = ?10 AND e.position > ?11))
            """ + ELIGIBLE + """
             ORDER BY e.score, e.position
             LIMIT ?12)
            ORDER BY due_callback DESC, callback_due_at, score, position""";
    /**
     * Locks the first candidate, in the batch's order, that no one has written since the batch was read
     * (same version: every write of an entry bumps it): one another agent claimed, or claimed and called
     * since, or one parked since, is left, so an entry is never handed out twice, and the row returned
     * (from the same snapshot as the batch) is the row as it is. The candidates drive the join in their
     * order and each is one primary-key lookup, so the statement stops at the first row it can lock: it
     * locks that row, plus the candidates written since the batch was read, never the rest of the batch
     * (which an IN list sorted before LIMIT 1 would lock, and so hide from the other agents). Rows other
     * transactions hold are skipped. The calling rules are not read again here: a locking read of
     * do_not_call or daily_attempt would lock their rows and gaps against the outcomes being recorded.
     * It returns every column the domain entry needs, so the claim needs no second read of the row. It runs
     * through {@link NativeSql}, not as a Hibernate native query returning the entity: Hibernate's plan cache
     * never found that query's plan again, and comparing it with the 2,000 it had kept was a quarter of the
     * service's CPU under 50 agents.
     */
    private static final String LOCK_FIRST = """
            SELECT e.id, e.position, e.customer_id, e.queue, e.score, e.attempts, e.source, e.complaint_id, e.order_id,
                   e.callback_due_at, e.callback_reason, e.callback_owner, e.claimed_by, e.claim_expires_at,
                   e.last_outcome, e.active, e.enqueued_at, e.updated_at
            FROM JSON_TABLE(?1, '$[*]' COLUMNS (turn FOR ORDINALITY, id CHAR(36) PATH '$.id',
                                                      version BIGINT PATH '$.version')) c
            STRAIGHT_JOIN queue_entry e ON e.id = c.id
            WHERE e.version = c.version AND e.active = TRUE AND (e.claim_expires_at IS NULL OR e.claim_expires_at <= ?2)
            ORDER BY c.turn
            LIMIT 1
            FOR UPDATE SKIP LOCKED""";
    /** The row is locked by this transaction (LOCK_FIRST), so no version check is needed; the bump tells other readers it changed. */
    private static final String SAVE_CLAIM = """
            UPDATE queue_entry SET claimed_by = ?1, claim_expires_at = ?2, updated_at = ?3, version = version + 1
            WHERE id = ?4""";
    /** Both queues through uk_queue_entry_active_customer: the customer's active entries, one primary-key read each. */
    private static final String PARK_FOR_GOOD = """
            UPDATE queue_entry SET parked_until = :forGood, version = version + 1
            WHERE queue IN (:queues) AND active_customer_id = :customer""";
    /** Through ix_queue_entry_serving (queue, active, parked_until): only the entries due back are read. */
    private static final String RETURN_PARKED = """
            UPDATE queue_entry SET parked_until = NULL, version = version + 1
            WHERE queue IN (:queues) AND active = TRUE AND parked_until <= :now
            LIMIT :limit""";
    /**
     * Candidates per part and round: more than the claims one replica has in flight (its pool's
     * connections), so a round is rarely all taken; when it is, the next round continues after it until
     * the queue runs out.
     */
    private static final int BATCH = 32;
    private static final LocalDateTime BEFORE_ANY_CALLBACK = LocalDateTime.of(1000, 1, 1, 0, 0);
    private static final LocalDateTime FOR_GOOD = NativeSql.utc(CallingRules.FOR_GOOD);

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
        return new Claim(queue, agent, now, rules).lockFirst(Place.START, Place.START).map(Optional::ofNullable);
    }

    @Override
    public Uni<Void> saveClaim(QueueEntry claimed) {
        QueueEntry.Claim claim = claimed.claim();
        return NativeSql.update(SAVE_CLAIM, List.of(claim.agentId(), NativeSql.utc(claim.expiresAt()),
                        NativeSql.utc(claimed.updatedAt()), claimed.id().toString()))
                .replaceWithVoid();
    }

    /** A place in serving order: where a part of the next round starts. */
    private record Place(LocalDateTime callbackDueAt, int score, long position) {
        static final Place START = new Place(BEFORE_ANY_CALLBACK, Integer.MIN_VALUE, Long.MIN_VALUE);
        /** After every entry: the part has nothing left. */
        static final Place END = new Place(FOR_GOOD, Integer.MAX_VALUE, Long.MAX_VALUE);
    }

    private record Candidate(boolean dueCallback, String id, long version, Place place) {
        static Candidate of(Object[] row) {
            return new Candidate(((Number) row[0]).intValue() == 1, String.valueOf(row[1]), ((Number) row[2]).longValue(),
                    new Place((LocalDateTime) row[3], ((Number) row[4]).intValue(), ((Number) row[5]).longValue()));
        }

        String json() {
            return "{\"id\":\"" + id + "\",\"version\":" + version + "}";
        }
    }

    /** One claim, round by round: a batch of candidates of each part, then the lock of the first still claimable. */
    private record Claim(QueueName queue, String agent, Instant now, CallingRules rules) {

        /** The entry locked for this claim, or null when none is left for this agent. */
        Uni<QueueEntryView> lockFirst(Place afterCallback, Place afterWaiting) {
            return candidates(afterCallback, afterWaiting).chain(round -> {
                List<Candidate> callbacks = round.stream().filter(Candidate::dueCallback).toList();
                List<Candidate> waiting = round.stream().filter(c -> !c.dueCallback()).toList();
                // due callbacks come first: entries without one only once every due callback was offered
                boolean callbacksLeft = callbacks.size() == BATCH;
                List<Candidate> offered = callbacksLeft ? callbacks : round;
                if (offered.isEmpty()) {
                    return Uni.createFrom().nullItem();
                }
                return lock(offered).chain(entity -> {
                    if (entity != null) {
                        return Uni.createFrom().item(entity);
                    }
                    if (callbacksLeft) {
                        return lockFirst(last(callbacks), afterWaiting);
                    }
                    return waiting.size() == BATCH ? lockFirst(Place.END, last(waiting)) : Uni.createFrom().nullItem();
                });
            });
        }

        private static Place last(List<Candidate> batch) {
            return batch.get(batch.size() - 1).place();
        }

        private Uni<List<Candidate>> candidates(Place afterCallback, Place afterWaiting) {
            return NativeSql.rows(CANDIDATES, Arrays.asList(queue.name(), NativeSql.utc(now), rules.window().dayOf(now),
                            rules.dailyAttemptCap(), agent, NativeSql.utc(now.minus(rules.ownerGrace())), afterCallback.callbackDueAt(),
                            afterCallback.score(), afterCallback.position(), afterWaiting.score(), afterWaiting.position(), BATCH))
                    .map(rows -> rows.stream().map(Candidate::of).toList());
        }

        private Uni<QueueEntryView> lock(List<Candidate> batch) {
            return NativeSql.rows(LOCK_FIRST, List.of(
                            batch.stream().map(Candidate::json).collect(Collectors.joining(",", "[", "]")), NativeSql.utc(now)))
                    .map(found -> found.isEmpty() ? null : locked(found.get(0)));
        }

        /** A row of {@link #LOCK_FIRST}. */
        private static QueueEntryView locked(Object[] row) {
            Instant callbackDueAt = NativeSql.instant(row[9]);
            Callback callback = callbackDueAt == null ? null : new Callback(callbackDueAt, (String) row[10], (String) row[11]);
            QueueEntry.Claim claim = row[12] == null ? null : new QueueEntry.Claim((String) row[12], NativeSql.instant(row[13]));
            QueueEntry entry = new QueueEntry(UUID.fromString((String) row[0]), new CustomerId(NativeSql.number(row[2])),
                    QueueName.valueOf((String) row[3]), new Score(NativeSql.integer(row[4])), NativeSql.integer(row[5]),
                    lastOutcome((String) row[14]), new EntryContext(EntrySource.fromWire((String) row[6]), (String) row[7], (String) row[8]),
                    callback, claim, NativeSql.bool(row[15]), NativeSql.instant(row[16]), NativeSql.instant(row[17]));
            return new QueueEntryView(entry, NativeSql.number(row[1]));
        }
    }

    @Override
    public Uni<Void> park(UUID entryId, Instant until) {
        return panache.findById(entryId.toString()).invoke(entity -> entity.parkedUntil = until).replaceWithVoid();
    }

    @Override
    public Uni<Void> parkForGood(CustomerId customerId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(PARK_FOR_GOOD)
                        .setParameter("forGood", FOR_GOOD)
                        .setParameter("queues", allQueues())
                        .setParameter("customer", customerId.value())
                        .executeUpdate())
                .replaceWithVoid();
    }

    @Override
    public Uni<Integer> returnParked(Instant now, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery(RETURN_PARKED)
                .setParameter("queues", allQueues())
                .setParameter("now", NativeSql.utc(now))
                .setParameter("limit", limit)
                .executeUpdate());
    }

    private static List<String> allQueues() {
        return Arrays.stream(QueueName.values()).map(QueueName::name).toList();
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

    private static void copy(QueueEntry entry, QueueEntryEntity entity) {
        entity.customerId = entry.customerId().value();
        entity.queue = entry.queue().name();
        entity.score = entry.score().value();
        entity.attempts = entry.attempts();
        entity.lastOutcome = entry.lastOutcome() == null ? null : entry.lastOutcome().wireName();
        entity.source = entry.context().source().wireName();
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
        return new QueueEntry(UUID.fromString(e.id), new CustomerId(e.customerId), QueueName.valueOf(e.queue),
                new Score(e.score), e.attempts, lastOutcome(e.lastOutcome), new EntryContext(EntrySource.fromWire(e.source), e.complaintId, e.orderId),
                callback, claim, e.active, e.enqueuedAt, e.updatedAt);
    }

    private static CallOutcome lastOutcome(String column) {
        return column == null ? null : CallOutcome.valueOf(column.toUpperCase(Locale.ROOT));
    }
}
