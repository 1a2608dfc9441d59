package com.converge.kernel.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.mysqlclient.MySQLException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class DeadlockRetryRulesTest {

    @Test
    void aDeadlockIsRecognisedHoweverDeepItIsWrapped() {
        MySQLException deadlock = new MySQLException("Deadlock found when trying to get lock", 1213, "40001");
        assertThat(PanacheUnitOfWork.isDeadlock(deadlock)).isTrue();
        assertThat(PanacheUnitOfWork.isDeadlock(new CompletionException(new IllegalStateException("wrapped", deadlock)))).isTrue();
        assertThat(PanacheUnitOfWork.isDeadlock(new org.hibernate.exception.LockAcquisitionException("could not execute",
                new SQLException("Deadlock found", "40001", 1213)))).isTrue();
    }

    @Test
    void otherFailuresAndALockWaitTimeoutAreNotRetried() {
        assertThat(PanacheUnitOfWork.isDeadlock(new MySQLException("Lock wait timeout exceeded", 1205, "HY000"))).isFalse();
        assertThat(PanacheUnitOfWork.isDeadlock(new MySQLException("Duplicate entry", 1062, "23000"))).isFalse();
        assertThat(PanacheUnitOfWork.isDeadlock(new IllegalStateException("boom"))).isFalse();
    }

    @RepeatedTest(20)
    void thePauseDoublesWithEachAttemptAndIsJittered() {
        assertThat(PanacheUnitOfWork.pauseBefore(2)).isBetween(Duration.ofMillis(20), Duration.ofMillis(40));
        assertThat(PanacheUnitOfWork.pauseBefore(3)).isBetween(Duration.ofMillis(40), Duration.ofMillis(80));
        assertThat(PanacheUnitOfWork.pauseBefore(4)).isBetween(Duration.ofMillis(80), Duration.ofMillis(160));
    }
}
