package com.converge.complaint.application.port.inbound;

import com.converge.kernel.domain.InvalidValueException;

/** The checks every command record makes of what a client sent. */
final class Commands {

    private Commands() {
    }

    static void require(Object value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
    }

    static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "is required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidValueException(field, "is longer than " + max + " characters");
        }
        return trimmed;
    }

    static String optionalText(String field, String value, int max) {
        return value == null || value.isBlank() ? null : text(field, value, max);
    }

    static void limit(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw new InvalidValueException("limit", "must be between 1 and " + max);
        }
    }
}
