package com.converge.complaint.domain;

import com.converge.kernel.domain.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a customer is served: SLA policies match on it. A customer nobody placed is {@link #STANDARD}. */
public enum CustomerSegment {
    STANDARD, PREMIUM, VIP;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CustomerSegment fromWire(String field, String value) {
        return Arrays.stream(values())
                .filter(s -> s.wireName().equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(field, "must be one of "
                        + Arrays.stream(values()).map(CustomerSegment::wireName).collect(Collectors.joining(", "))));
    }
}
