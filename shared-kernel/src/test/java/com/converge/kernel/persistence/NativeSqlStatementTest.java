package com.converge.kernel.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a statement's numbered parameters become the reactive client's plain ones. */
class NativeSqlStatementTest {

    @Test
    void numberedParametersAreBoundInTheOrderTheyAppearAndMayRepeat() {
        NativeSql.Positional statement = NativeSql.Positional.of(
                "SELECT a FROM t WHERE b = ?2 AND c > ?1 AND (d = ?2 OR e = ?10) LIMIT ?3",
                List.of("one", "two", 3, 4, 5, 6, 7, 8, 9, "ten"));

        assertThat(statement.sql()).isEqualTo("SELECT a FROM t WHERE b = ? AND c > ? AND (d = ? OR e = ?) LIMIT ?");
        assertThat(statement.parameters()).containsExactly("two", "one", "two", "ten", 3);
    }

    @Test
    void aCollectionStandsForItsElements() {
        NativeSql.Positional statement = NativeSql.Positional.of("SELECT a FROM t WHERE id IN (?1) AND kind = ?2",
                List.of(List.of("x", "y", "z"), "k"));

        assertThat(statement.sql()).isEqualTo("SELECT a FROM t WHERE id IN (?, ?, ?) AND kind = ?");
        assertThat(statement.parameters()).containsExactly("x", "y", "z", "k");
    }

    @Test
    void aNullIsBoundAsNull() {
        NativeSql.Positional statement = NativeSql.Positional.of("UPDATE t SET a = ?1 WHERE id = ?2", Arrays.asList(null, 7));

        assertThat(statement.parameters()).containsExactly(null, 7);
    }

    @Test
    void aParameterWithoutItsNumberIsRefused() {
        assertThatThrownBy(() -> NativeSql.Positional.of("SELECT a FROM t WHERE b = ?", List.of(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without its number");
    }
}
