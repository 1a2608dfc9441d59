package com.converge.kernel.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.testing.TestDatabase;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Callers that give up on a unit of work (a client gone, a timeout) at any point of it must not cost
 * the pool a connection: on a pool of two, a few lost connections stop the whole application.
 */
@QuarkusTest
@TestProfile(TinyPool.class)
@WithTestResource(KernelDatabase.class)
class CancelledUnitsOfWorkTest {

    private static final int UNITS = 200;
    private static final int AT_ONCE = 8;
    private static final String DATABASE = KernelDatabase.NAME;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    Vertx vertx;

    @BeforeEach
    void tallyAtZero() throws SQLException {
        try (Connection db = TestDatabase.connect(DATABASE); Statement statement = db.createStatement()) {
            // every unit of work raises both columns, so they differ only if a unit committed half its work
            statement.execute("CREATE TABLE IF NOT EXISTS tally (id INT PRIMARY KEY, first_half INT NOT NULL, second_half INT NOT NULL)");
            statement.execute("REPLACE INTO tally (id, first_half, second_half) VALUES (1, 0, 0)");
        }
    }

    @Test
    void unitsOfWorkCancelledAtRandomPointsGiveEveryConnectionBackAndLaterUnitsSucceed() throws Exception {
        AtomicInteger cancelled = new AtomicInteger();
        for (int start = 0; start < UNITS; start += AT_ONCE) {
            List<CompletableFuture<Object>> batch = IntStream.range(0, AT_ONCE).mapToObj(i -> {
                boolean writing = ThreadLocalRandom.current().nextInt(4) > 0;
                Supplier<Uni<Object>> unit = () -> writing ? unitOfWork.transactionally(CancelledUnitsOfWorkTest::bothHalves)
                        : unitOfWork.reading(() -> statement("SELECT SLEEP(0.003)"));
                // a timeout cancels the unit from a thread of its own, as a gone client or a request timeout does
                return onAContext(() -> unit.get().ifNoItem().after(Duration.ofMillis(ThreadLocalRandom.current().nextInt(1, 25)))
                        .fail().onFailure().invoke(cancelled::incrementAndGet).onFailure().recoverWithNull());
            }).toList();
            CompletableFuture.allOf(batch.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        }
        assertThat(cancelled).as("units given up on").hasValueGreaterThan(UNITS / 4);

        // every connection is back: two units that each hold one for a second get one each (units given up
        // on may still be finishing: they run to their end, so the two may wait for them, not for ever)
        Set<Object> connections = ConcurrentHashMap.newKeySet();
        List<CompletableFuture<Object>> holding = IntStream.range(0, TinyPool.CONNECTIONS)
                .mapToObj(i -> onAContext(() -> unitOfWork.transactionally(() -> statement("SELECT SLEEP(1)")
                        .chain(() -> Panache.getSession()
                                .chain(s -> s.createNativeQuery("SELECT CONNECTION_ID()", Object.class).getSingleResult()))
                        .invoke(connections::add))))
                .toList();
        CompletableFuture.allOf(holding.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
        assertThat(connections).hasSize(TinyPool.CONNECTIONS);

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (openTransactions() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(openTransactions()).as("transactions left open in the database").isZero();
        try (Connection db = TestDatabase.connect(DATABASE);
             ResultSet tally = db.createStatement().executeQuery("SELECT first_half, second_half FROM tally")) {
            tally.next();
            assertThat(tally.getInt(1)).as("units that committed did all their work").isEqualTo(tally.getInt(2));
        }
    }

    /** Two statements with a pause between them, so cancellations fall before, between and after them. */
    private static Uni<Object> bothHalves() {
        return statement("UPDATE tally SET first_half = first_half + 1 WHERE id = 1")
                .chain(() -> statement("SELECT SLEEP(0.005)"))
                .chain(() -> statement("UPDATE tally SET second_half = second_half + 1 WHERE id = 1"));
    }

    private static Uni<Object> statement(String sql) {
        return Panache.getSession().chain(session -> sql.startsWith("SELECT")
                ? session.createNativeQuery(sql, Object.class).getSingleResult()
                : session.createNativeQuery(sql).executeUpdate().map(Object.class::cast));
    }

    private CompletableFuture<Object> onAContext(Supplier<Uni<Object>> unit) {
        return RequestContexts.run(vertx, unit);
    }

    private static int openTransactions() throws SQLException {
        try (Connection db = TestDatabase.connect(DATABASE);
             Statement query = db.createStatement();
             ResultSet open = query.executeQuery("""
                     SELECT COUNT(*) FROM information_schema.INNODB_TRX t
                     JOIN information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id
                     WHERE p.DB = '%s'""".formatted(TestDatabase.name(DATABASE)))) {
            open.next();
            return open.getInt(1);
        }
    }
}
