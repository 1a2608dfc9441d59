package com.converge.kernel.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.testing.TestDatabase;
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
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Statements that bypass Hibernate must still behave as its native queries did: inside the unit of
 * work's transaction, after the entities it persisted are written, with collections and nulls bound.
 */
@QuarkusTest
@TestProfile(TinyPool.class)
@WithTestResource(KernelDatabase.class)
class NativeSqlTest {

    private static final String DATABASE = KernelDatabase.NAME;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    Vertx vertx;

    @BeforeEach
    void table() throws SQLException {
        jdbc("CREATE TABLE IF NOT EXISTS tally (id INT PRIMARY KEY, first_half INT NOT NULL, second_half INT NOT NULL)");
        removeOwnRows();
    }

    @AfterEach
    void removeOwnRows() throws SQLException {
        jdbc("DELETE FROM tally WHERE id >= 100");
    }

    @Test
    void anUpdateSeesTheEntitiesItsTransactionPersistedAndAnswersTheRowsItChanged() throws Exception {
        int changed = run(() -> unitOfWork.transactionally(() -> tally(100).persist()
                .chain(() -> tally(101).persist())
                .chain(() -> NativeSql.update("UPDATE tally SET first_half = ?1 WHERE id IN (?2)", List.of(5, List.of(100, 101, 102))))));

        assertThat(changed).isEqualTo(2);
        assertThat(firstHalf(100)).isEqualTo(5);
        assertThat(firstHalf(101)).isEqualTo(5);
    }

    @Test
    void anUpdateIsRolledBackWithItsTransaction() throws Exception {
        run(() -> unitOfWork.transactionally(() -> tally(100).persist()));

        assertThatThrownBy(() -> run(() -> unitOfWork.transactionally(() -> NativeSql.update(
                        "UPDATE tally SET first_half = ?1 WHERE id = ?2", List.of(7, 100))
                .chain(() -> Uni.createFrom().failure(new IllegalStateException("the use case failed after the update"))))))
                .isInstanceOf(ExecutionException.class).hasRootCauseMessage("the use case failed after the update");

        assertThat(firstHalf(100)).isZero();
    }

    @Test
    void aNullIsBoundAsSqlNullAndARepeatedNumberAsItsValueAgain() throws Exception {
        run(() -> unitOfWork.transactionally(() -> tally(100).persist()));

        int changed = run(() -> unitOfWork.transactionally(() -> NativeSql.update(
                "UPDATE tally SET first_half = COALESCE(?1, ?2), second_half = ?2 WHERE id = ?3", Arrays.asList(null, 42, 100))));

        assertThat(changed).isEqualTo(1);
        assertThat(run(() -> unitOfWork.reading(() -> NativeSql.rows("SELECT first_half, second_half FROM tally WHERE id = ?1", List.of(100)))))
                .singleElement().satisfies(row -> assertThat(Arrays.stream(row).map(NativeSql::integer)).containsExactly(42, 42));
    }

    private static Tally tally(int id) {
        Tally tally = new Tally();
        tally.id = id;
        return tally;
    }

    private <T> T run(Supplier<Uni<T>> work) throws Exception {
        return RequestContexts.run(vertx, work).get(20, TimeUnit.SECONDS);
    }

    private static int firstHalf(int id) throws SQLException {
        try (Connection db = TestDatabase.connect(DATABASE);
             ResultSet row = db.createStatement().executeQuery("SELECT first_half FROM tally WHERE id = " + id)) {
            assertThat(row.next()).as("tally " + id + " exists").isTrue();
            return row.getInt(1);
        }
    }

    private static void jdbc(String sql) throws SQLException {
        try (Connection db = TestDatabase.connect(DATABASE); Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
