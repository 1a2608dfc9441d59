package com.converge.callqueue.adapter.outbound.persistence;

import static com.converge.callqueue.CallQueueFixtures.claim;
import static com.converge.callqueue.CallQueueFixtures.claimTogether;
import static com.converge.callqueue.CallQueueFixtures.drain;
import static com.converge.callqueue.CallQueueFixtures.insertOverdueEntry;
import static com.converge.callqueue.CallQueueFixtures.newCustomer;
import static com.converge.callqueue.CallQueueFixtures.utc;
import static org.assertj.core.api.Assertions.assertThat;

import com.converge.callqueue.application.port.inbound.QueueEntryView;
import com.converge.callqueue.application.port.outbound.QueueEntries;
import com.converge.callqueue.domain.CallingRules;
import com.converge.callqueue.domain.QueueName;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.TimeSource;
import com.converge.kernel.testing.TestDatabase;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A claim locks the entry it hands out, not the ineligible ones it passes on the way: thousands of
 * claimed, do-not-call and capped entries ahead of the eligible ones in serving order once made each
 * claim lock all of them (and their do_not_call and daily_attempt rows) until commit.
 */
@QuarkusTest
class ClaimLocksTest {

    private static final int INELIGIBLE = 4500;
    private static final Instant BEFORE_THE_FIXTURES = Instant.parse("2019-01-01T00:00:00Z");

    @Inject
    QueueEntries entries;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    CallingRules rules;

    @Inject
    TimeSource clock;

    private final List<Long> customers = new ArrayList<>();
    private final List<Long> capped = new ArrayList<>();
    private final List<String> claimedByOthers = new ArrayList<>();

    /** Due callbacks ahead of every fixture's, a third each on the do-not-call list, at today's cap, claimed by another agent. */
    @BeforeEach
    void ineligibleEntriesFirstInServingOrder() throws Exception {
        LocalDate today = rules.window().dayOf(clock.now());
        try (Connection db = TestDatabase.connect("callqueue_test");
             PreparedStatement entry = db.prepareStatement("""
                     INSERT INTO queue_entry (id, customer_id, queue, score, attempts, source, callback_due_at, callback_reason,
                                              claimed_by, claim_expires_at, active, enqueued_at, updated_at)
                     VALUES (?, ?, 'UNSIGNED_USERS', 0, 0, 'registration', ?, 'ineligible', ?, ?, TRUE, ?, ?)""");
             PreparedStatement doNotCall = db.prepareStatement("INSERT INTO do_not_call VALUES (?, 'test', NULL, ?)");
             PreparedStatement attempts = db.prepareStatement("INSERT INTO daily_attempt VALUES (?, ?, ?)")) {
            db.setAutoCommit(false);
            for (int i = 0; i < INELIGIBLE; i++) {
                long customer = customer();
                String id = UUID.randomUUID().toString();
                boolean claimed = i % 3 == 2;
                entry.setString(1, id);
                entry.setLong(2, customer);
                entry.setObject(3, utc(BEFORE_THE_FIXTURES.plusSeconds(i)));
                entry.setString(4, claimed ? "a-busy" : null);
                entry.setObject(5, claimed ? utc(Instant.now().plus(Duration.ofHours(1))) : null);
                entry.setObject(6, utc(Instant.now()));
                entry.setObject(7, utc(Instant.now()));
                entry.addBatch();
                if (i % 3 == 0) {
                    doNotCall.setLong(1, customer);
                    doNotCall.setObject(2, utc(Instant.now()));
                    doNotCall.addBatch();
                } else if (i % 3 == 1) {
                    attempts.setLong(1, customer);
                    attempts.setObject(2, today);
                    attempts.setInt(3, rules.dailyAttemptCap());
                    attempts.addBatch();
                    capped.add(customer);
                } else {
                    claimedByOthers.add(id);
                }
            }
            entry.executeBatch();
            doNotCall.executeBatch();
            attempts.executeBatch();
            db.commit();
        }
        drain("unsigned_users");
    }

    /** The test's customers are consecutive numbers: one statement takes their entries out of the queue. */
    @AfterEach
    void cleanUp() throws Exception {
        try (Connection db = TestDatabase.connect("callqueue_test");
             PreparedStatement update = db.prepareStatement(
                     "UPDATE queue_entry SET active = FALSE WHERE customer_id BETWEEN ? AND ?")) {
            update.setLong(1, Collections.min(customers));
            update.setLong(2, Collections.max(customers));
            update.executeUpdate();
        }
    }

    @Test
    void aClaimPastThousandsOfIneligibleEntriesLocksOnlyTheEntryItHandsOut() throws Throwable {
        String eligible = insertOverdueEntry(customer(), "unsigned_users", null);

        Claimed claimed = VertxContextSupport.subscribeAndAwait(() -> unitOfWork.transactionally(() ->
                entries.lockNextServable(QueueName.UNSIGNED_USERS, "a-locks", clock.now(), rules)
                        .chain(next -> rowsLocked().chain(rows -> outcomesOfOthersProceed().map(ignored -> new Claimed(next, rows))))));

        assertThat(claimed.entry()).map(view -> view.entry().id().toString()).contains(eligible);
        assertThat(claimed.rowsLocked()).isEqualTo(1);
    }

    /** Another agent claimed the first candidate and recorded its outcome after this claim read its candidates. */
    @Test
    void anEntryWrittenSinceTheCandidatesWereReadIsNotHandedOut() throws Throwable {
        String calledMeanwhile = insertWaitingEntry(customer());
        String next = insertWaitingEntry(customer());

        Optional<QueueEntryView> claimed = VertxContextSupport.subscribeAndAwait(() -> unitOfWork.transactionally(() ->
                snapshotTaken()
                        .chain(() -> blocking(() -> calledElsewhere(calledMeanwhile)))
                        .chain(() -> entries.lockNextServable(QueueName.UNSIGNED_USERS, "a-late-reader", clock.now(), rules))));

        assertThat(claimed).map(view -> view.entry().id().toString()).contains(next);
    }

    @Test
    void fiftyAgentsClaimingPastThousandsOfIneligibleEntriesGetEveryEligibleOneOnce() throws Exception {
        Set<String> eligible = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            eligible.add(insertOverdueEntry(customer(), "unsigned_users", null));
        }
        List<String> claimed = claimTogether("unsigned_users", "a-past-ineligible-", 50);

        assertThat(claimed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(eligible);
        claim("unsigned_users", "a-late").then().statusCode(204);
    }

    private record Claimed(Optional<QueueEntryView> entry, long rowsLocked) {
    }

    /** InnoDB's count of the rows this transaction holds locks on (record and gap locks, every table). */
    private static Uni<Long> rowsLocked() {
        // information_schema.INNODB_TRX is a cache refreshed at most every 100 ms: wait past it
        return Panache.getSession().chain(session -> session.createNativeQuery("SELECT SLEEP(0.2)").getSingleResult()
                .chain(() -> session.createNativeQuery("""
                                SELECT trx_rows_locked FROM information_schema.INNODB_TRX
                                WHERE trx_mysql_thread_id = CONNECTION_ID()""")
                        .getSingleResult()
                        .map(rows -> ((Number) rows).longValue())));
    }

    /**
     * What recording outcomes writes, on rows the claim passed over, from another connection while the
     * claim's transaction is open: an agent's own claimed entry, a capped customer's attempts, a new
     * do-not-call row. With a one-second lock wait, a lock held by the claim fails it.
     */
    private Uni<Void> outcomesOfOthersProceed() {
        Callable<Void> writes = () -> {
            try (Connection db = TestDatabase.connect("callqueue_test"); Statement session = db.createStatement();
                 PreparedStatement entry = db.prepareStatement("UPDATE queue_entry SET updated_at = ? WHERE id = ?");
                 PreparedStatement attempts = db.prepareStatement("""
                         INSERT INTO daily_attempt (customer_id, call_day, attempts) VALUES (?, ?, 1)
                         ON DUPLICATE KEY UPDATE attempts = attempts + 1""");
                 PreparedStatement doNotCall = db.prepareStatement("INSERT INTO do_not_call VALUES (?, 'test', NULL, ?)")) {
                session.execute("SET SESSION innodb_lock_wait_timeout = 1");
                db.setAutoCommit(false);
                entry.setObject(1, utc(Instant.now()));
                entry.setString(2, claimedByOthers.get(0));
                entry.executeUpdate();
                attempts.setLong(1, capped.get(0));
                attempts.setObject(2, rules.window().dayOf(clock.now()));
                attempts.executeUpdate();
                doNotCall.setLong(1, customer());
                doNotCall.setObject(2, utc(Instant.now()));
                doNotCall.executeUpdate();
                db.rollback();
            }
            return null;
        };
        return blocking(writes);
    }

    /** Under REPEATABLE READ the transaction's snapshot is taken by its first consistent read. */
    private static Uni<Object> snapshotTaken() {
        return Panache.getSession().chain(session -> session.createNativeQuery("SELECT COUNT(*) FROM queue_entry").getSingleResult());
    }

    /** An entry without a callback at score 0: served after every due callback, in arrival order. */
    private static String insertWaitingEntry(long customer) throws Exception {
        String id = UUID.randomUUID().toString();
        try (Connection db = TestDatabase.connect("callqueue_test"); PreparedStatement insert = db.prepareStatement("""
                INSERT INTO queue_entry (id, customer_id, queue, score, attempts, source, active, enqueued_at, updated_at)
                VALUES (?, ?, 'UNSIGNED_USERS', 0, 0, 'registration', TRUE, ?, ?)""")) {
            insert.setString(1, id);
            insert.setLong(2, customer);
            insert.setObject(3, utc(Instant.now()));
            insert.setObject(4, utc(Instant.now()));
            insert.executeUpdate();
        }
        return id;
    }

    /** The entry as another agent's claim and outcome leave it, committed: called, a higher score, a new version. */
    private static Void calledElsewhere(String entryId) throws Exception {
        try (Connection db = TestDatabase.connect("callqueue_test"); PreparedStatement update = db.prepareStatement(
                "UPDATE queue_entry SET score = score + 10, attempts = attempts + 1, version = version + 1 WHERE id = ?")) {
            update.setString(1, entryId);
            update.executeUpdate();
        }
        return null;
    }

    /** JDBC off the event loop; the rest of the unit of work continues on its context. */
    private static <T> Uni<T> blocking(Callable<T> work) {
        return Uni.createFrom().completionStage(() -> Vertx.currentContext().executeBlocking(work).toCompletionStage());
    }

    private long customer() {
        long customer = newCustomer();
        customers.add(customer);
        return customer;
    }
}
