package com.converge.order.adapter.outbound.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Native statements in the current Hibernate Reactive session (and so its transaction). */
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

    /** Rows of at least two columns each. */
    static Uni<List<Object[]>> rows(String sql, Object... parameters) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, Object[].class);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.getResultList();
        });
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** A DATETIME column written with {@link #utc}. */
    static Instant instant(Object column) {
        if (column instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if (column instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (column instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (column instanceof Instant instant) {
            return instant;
        }
        throw new IllegalStateException("unexpected time column " + column.getClass());
    }

    static int integer(Object column) {
        return ((Number) column).intValue();
    }
}
