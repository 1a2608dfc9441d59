package com.converge.complaint.adapter.outbound.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;
import org.hibernate.reactive.mutiny.impl.MutinySessionImpl;
import org.hibernate.reactive.pool.ReactiveConnection;

/**
 * Native SQL for reads HQL does not express well, and its columns as Java values whatever type the driver chose; stored times are UTC.
 *
 * <p>The reads run straight on the connection of the current session, in its transaction, not as
 * Hibernate native queries: Hibernate caches a plan for every native select under a key that never
 * matches again (its result mapping is filled in by the first execution), so each execution added
 * an entry with the same hash until the plan cache was full, and every native select then compared
 * its SQL with about 2,000 others (a tenth of the CPU of raising a complaint). Hibernate does not
 * flush the session before these reads: they must not depend on entities changed in the same
 * transaction and not yet written.
 */
final class NativeSql {

    private NativeSql() {
    }

    /** Rows of {@code sql}, its {@code ?1, ?2, ...} bound to {@code parameters} in order. */
    static Uni<List<Object[]>> rows(String sql, List<Object> parameters) {
        Positional statement = Positional.of(sql, parameters);
        return Panache.getSession().chain(session -> Uni.createFrom()
                .completionStage(() -> connection(session).select(statement.sql(), statement.parameters()))
                .map(result -> {
                    List<Object[]> rows = new ArrayList<>(result.size());
                    result.forEachRemaining(rows::add);
                    return rows;
                }));
    }

    /** The one value {@code sql} selects. */
    static Uni<Object> value(String sql, List<Object> parameters) {
        return rows(sql, parameters).map(rows -> rows.get(0)[0]);
    }

    private static ReactiveConnection connection(Mutiny.Session session) {
        return ((MutinySessionImpl) session).getReactiveConnection();
    }

    /**
     * The statement with each {@code ?n} as the client's plain {@code ?} (one per element for a
     * collection, as in {@code IN (?3)}), and the values in the order they appear.
     */
    private record Positional(String sql, Object[] parameters) {

        static Positional of(String sql, List<Object> numbered) {
            StringBuilder plain = new StringBuilder(sql.length());
            List<Object> values = new ArrayList<>();
            int i = 0;
            while (i < sql.length()) {
                char c = sql.charAt(i++);
                if (c != '?') {
                    plain.append(c);
                    continue;
                }
                int start = i;
                while (i < sql.length() && Character.isDigit(sql.charAt(i))) {
                    i++;
                }
                Object value = numbered.get(Integer.parseInt(sql.substring(start, i)) - 1);
                if (value instanceof Collection<?> elements) {
                    plain.append(String.join(", ", Collections.nCopies(elements.size(), "?")));
                    values.addAll(elements);
                } else {
                    plain.append('?');
                    values.add(value);
                }
            }
            return new Positional(plain.toString(), values.toArray());
        }
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        return (Instant) value;
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }

    static boolean bool(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
