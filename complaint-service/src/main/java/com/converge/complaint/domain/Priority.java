package com.converge.complaint.domain;

import com.converge.kernel.domain.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

public enum Priority {
    LOW, MEDIUM, HIGH, CRITICAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** High and critical complaints are urgent: the call centre calls the customer back at once. */
    public boolean isUrgent() {
        return this == HIGH || this == CRITICAL;
    }

    public static Priority fromWire(String field, String value) {
        return Arrays.stream(values())
                .filter(p -> p.wireName().equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(field, "must be one of "
                        + Arrays.stream(values()).map(Priority::wireName).collect(Collectors.joining(", "))));
    }
}
