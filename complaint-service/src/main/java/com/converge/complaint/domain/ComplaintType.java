package com.converge.complaint.domain;

import com.converge.kernel.domain.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

public enum ComplaintType {
    SERVICE_QUALITY, PROVIDER_BEHAVIOR, BILLING, DELAY, DAMAGE, REFUND_REQUEST, OTHER;

    /** The name clients and events use: {@code service_quality}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ComplaintType fromWire(String field, String value) {
        return Arrays.stream(values())
                .filter(t -> t.wireName().equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(field, "must be one of "
                        + Arrays.stream(values()).map(ComplaintType::wireName).collect(Collectors.joining(", "))));
    }
}
