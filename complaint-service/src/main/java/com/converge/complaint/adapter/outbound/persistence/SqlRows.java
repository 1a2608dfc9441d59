package com.converge.complaint.adapter.outbound.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Reading the columns of native queries, which come back as the driver's types; times are UTC. */
final class SqlRows {

    private SqlRows() {
    }

    static int asInt(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    static Integer asInteger(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    static boolean asBoolean(Object value) {
        return value instanceof Boolean b ? b : value != null && ((Number) value).intValue() != 0;
    }

    static Instant asInstant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        return (Instant) value;
    }

    static LocalDate asDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
