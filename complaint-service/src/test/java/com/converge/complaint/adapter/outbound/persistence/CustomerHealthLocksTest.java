package com.converge.complaint.adapter.outbound.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.converge.complaint.application.port.outbound.CustomerHealthRecords;
import com.converge.complaint.application.port.outbound.CustomerHealthRecords.DueCustomer;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The health pass locks one customer's record at a time, by primary key: raising a complaint marks its
 * customer due (an insert, or a move in ix_customer_health_due), and once waited up to half a second
 * for a pass that held a locking range read of that index, gaps included, while it reassessed a batch.
 */
@QuarkusTest
class CustomerHealthLocksTest {

    /** Due later than the service's own pass (every second in tests) looks, so it leaves the fixtures alone. */
    private static final Instant DUE = Instant.now().plus(1, ChronoUnit.HOURS);
    private static final Instant LATER = DUE.plus(1, ChronoUnit.HOURS);

    @Inject
    CustomerHealthRecords records;

    @Inject
    UnitOfWork unitOfWork;

    /** Far above the other tests' customers, and apart from the last run's. */
    private final long held = 9_000_000L + ThreadLocalRandom.current().nextLong(1_000_000L) * 3;
    private final long other = held + 1;
    private final long newcomer = held + 2;

    @Test
    void whileACustomerIsReassessedOthersAreMarkedDueWithoutWaiting() throws Throwable {
        dueAt(DUE, held, other);

        List<CustomerId> due = VertxContextSupport.subscribeAndAwait(() -> unitOfWork.reading(() -> records.due(LATER, 10_000)));
        assertThat(due).contains(new CustomerId(held), new CustomerId(other));

        Optional<DueCustomer> locked = VertxContextSupport.subscribeAndAwait(() -> unitOfWork.transactionally(() ->
                records.lockIfDue(new CustomerId(held), LATER)
                        .call(found -> blocking(this::othersMarkedDueAndHeldSkipped))));

        assertThat(locked).map(DueCustomer::customerId).contains(new CustomerId(held));
    }

    @Test
    void aCustomerNoLongerDueIsNotLocked() throws Throwable {
        dueAt(DUE, held);
        execute("UPDATE customer_health SET recompute_due_at = NULL WHERE customer_id = ?", held);

        Optional<DueCustomer> locked = VertxContextSupport.subscribeAndAwait(() -> unitOfWork.transactionally(() ->
                records.lockIfDue(new CustomerId(held), LATER)));

        assertThat(locked).isEmpty();
    }

    /**
     * From another connection, with a one-second lock wait, while the reassessment's transaction is open:
     * marking another customer and a new one due succeeds, and a second pass skips the held customer.
     */
    private Void othersMarkedDueAndHeldSkipped() throws Exception {
        try (Connection db = TestDatabase.connect("complaint_test"); Statement session = db.createStatement();
             PreparedStatement markDue = db.prepareStatement("""
                     INSERT INTO customer_health (customer_id, recompute_due_at) VALUES (?, ?)
                     ON DUPLICATE KEY UPDATE recompute_due_at = COALESCE(LEAST(recompute_due_at, VALUES(recompute_due_at)),
                                                                         VALUES(recompute_due_at))""");
             PreparedStatement secondPass = db.prepareStatement("""
                     SELECT customer_id FROM customer_health WHERE customer_id = ? AND recompute_due_at <= ?
                     FOR UPDATE SKIP LOCKED""")) {
            session.execute("SET SESSION innodb_lock_wait_timeout = 1");
            db.setAutoCommit(false);
            for (long customer : new long[] {other, newcomer}) {
                markDue.setLong(1, customer);
                markDue.setObject(2, LocalDateTime.ofInstant(DUE, ZoneOffset.UTC));
                assertThat(markDue.executeUpdate()).isPositive();
            }
            secondPass.setLong(1, held);
            secondPass.setObject(2, LocalDateTime.ofInstant(LATER, ZoneOffset.UTC));
            try (ResultSet rows = secondPass.executeQuery()) {
                assertThat(rows.next()).as("the held customer is skipped, not waited for").isFalse();
            }
            db.rollback();
        }
        return null;
    }

    private static void dueAt(Instant at, long... customers) throws Exception {
        for (long customer : customers) {
            execute("INSERT INTO customer_health (customer_id, recompute_due_at) VALUES (?, ?)", customer,
                    Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC)));
        }
    }

    private static void execute(String sql, Object... parameters) throws Exception {
        try (Connection db = TestDatabase.connect("complaint_test"); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static <T> Uni<T> blocking(Callable<T> work) {
        return Uni.createFrom().completionStage(() -> Vertx.currentContext().executeBlocking(work).toCompletionStage());
    }
}
