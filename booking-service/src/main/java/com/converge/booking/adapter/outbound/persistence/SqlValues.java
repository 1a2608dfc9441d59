package com.converge.booking.adapter.outbound.persistence;

import io.vertx.mysqlclient.MySQLException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Booking's own readings of native-query columns (the common ones are {@link com.converge.kernel.persistence.NativeSql}'s). */
final class SqlValues {

    private static final int DUPLICATE_KEY = 1062;

    private SqlValues() {
    }

    static BigDecimal asDecimal(Object value) {
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }

    static LocalDate asLocalDate(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof LocalDateTime local) {
            return local.toLocalDate();
        }
        return (LocalDate) value;
    }

    static boolean isDuplicateKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MySQLException mysql && mysql.getErrorCode() == DUPLICATE_KEY) {
                return true;
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
