package com.converge.order.adapter.outbound.persistence;

import com.converge.kernel.persistence.NativeSql;
import io.smallrye.mutiny.Uni;
import java.util.Arrays;
import java.util.List;

/** The kernel's {@link NativeSql} with the parameters inline, in the current session's transaction. */
final class Sql {

    private Sql() {
    }

    /** Rows changed by {@code sql}, run as {@link NativeSql#update} does. */
    static Uni<Integer> update(String sql, Object... parameters) {
        return NativeSql.update(sql, Arrays.asList(parameters));
    }

    /** Rows of {@code sql}, read as {@link NativeSql#rows} does. */
    static Uni<List<Object[]>> rows(String sql, Object... parameters) {
        return NativeSql.rows(sql, Arrays.asList(parameters));
    }
}
