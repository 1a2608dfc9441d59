package com.converge.kernel.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.sqlclient.data.Numeric;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;
import org.hibernate.reactive.mutiny.impl.MutinySessionImpl;
import org.hibernate.reactive.pool.ReactiveConnection;

/**
 * Native SQL reads in the current Hibernate Reactive session's transaction, and their columns as Java
 * values whatever type the driver chose; stored times are UTC.
 *
 * <p>The reads run straight on the session's connection, not as Hibernate native queries: Hibernate
 * caches a plan for every native select under a key that never matches again (its result mapping is
 * filled in by the first execution), so each execution added an entry with the same hash until the
 * plan cache was full, and every native select then compared its SQL with about 2,000 others (a
 * tenth of the CPU of raising a complaint or placing an order, and growing with uptime). As a
 * Hibernate native query would, a read first flushes the session's pending entity changes, so it
 * sees what the transaction wrote.
 */
public final class NativeSql {

    private NativeSql() {
    }

    /**
     * Rows of {@code sql}, its {@code ?1, ?2, ...} bound to {@code parameters} in order; a collection
     * parameter stands for its elements ({@code IN (?3)}). A {@code ?} inside a string literal is not
     * supported: bind the literal instead.
     */
    public static Uni<List<Object[]>> rows(String sql, List<?> parameters) {
        Positional statement = Positional.of(sql, parameters);
        return Panache.getSession().chain(session -> session.flush().chain(() -> Uni.createFrom()
                .completionStage(() -> connection(session).select(statement.sql(), statement.parameters()))
                .map(result -> {
                    List<Object[]> rows = new ArrayList<>(result.size());
                    result.forEachRemaining(row -> rows.add(asJava(row)));
                    return rows;
                })));
    }

    /**
     * Runs the INSERT, UPDATE or DELETE {@code sql} (parameters as for {@link #rows}) and answers the
     * rows it changed. Straight on the connection too, after the same flush a Hibernate native mutation
     * does, but without its query-plan lookup and query machinery around every statement.
     */
    public static Uni<Integer> update(String sql, List<?> parameters) {
        Positional statement = Positional.of(sql, parameters);
        return Panache.getSession().chain(session -> session.flush().chain(() -> Uni.createFrom()
                .completionStage(() -> connection(session).update(statement.sql(), statement.parameters()))));
    }

    /** The first column of the one row {@code sql} selects. */
    public static Uni<Object> value(String sql, List<?> parameters) {
        return rows(sql, parameters).map(rows -> rows.get(0)[0]);
    }

    /** DECIMAL (and SUM) values as the BigDecimal JDBC and Hibernate give, not the client's own Numeric. */
    private static Object[] asJava(Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (row[i] instanceof Numeric numeric) {
                row[i] = numeric.bigDecimalValue();
            }
        }
        return row;
    }

    private static ReactiveConnection connection(Mutiny.Session session) {
        return ((MutinySessionImpl) session).getReactiveConnection();
    }

    /** The statement with each {@code ?n} as the client's plain {@code ?}, and the values in the order they appear. */
    record Positional(String sql, Object[] parameters) {

        static Positional of(String sql, List<?> numbered) {
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
                if (start == i) {
                    throw new IllegalArgumentException("a parameter without its number at " + start + " of: " + sql);
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

    /** A DATETIME column written with {@link #utc}, or null. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }

    public static long number(Object value) {
        return ((Number) value).longValue();
    }

    public static int integer(Object value) {
        return ((Number) value).intValue();
    }

    public static boolean bool(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    /** An instant as the UTC DATETIME it is stored as. */
    public static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
