package com.converge.complaint.adapter.outbound.persistence;

import java.time.LocalDate;

/** Complaint's null-tolerant readings of native-query columns (the common ones are {@link com.converge.kernel.persistence.NativeSql}'s). */
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

    static LocalDate asDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
