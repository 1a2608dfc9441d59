package com.converge.order.adapter.outbound.persistence;

import com.converge.kernel.persistence.NativeSql;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.Arrays;
import java.util.List;

/** Native statements in the current Hibernate Reactive session (and so its transaction), their parameters inline. */
final class Sql {

    private Sql() {
    }

    static Uni<Integer> update(String sql, Object... parameters) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.executeUpdate();
        });
    }

    /** Rows of {@code sql}, read as {@link NativeSql#rows} does. */
    static Uni<List<Object[]>> rows(String sql, Object... parameters) {
        return NativeSql.rows(sql, Arrays.asList(parameters));
    }
}
