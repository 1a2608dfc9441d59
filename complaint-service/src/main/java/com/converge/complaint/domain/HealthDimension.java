package com.converge.complaint.domain;

import com.converge.kernel.domain.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a customer's health is weighed from. */
public enum HealthDimension {
    /** Recency and frequency of bookings and orders, and milestones reached. */
    ENGAGEMENT,
    /** CSAT ratings and bad outcomes. */
    SATISFACTION,
    /** Open complaints, SLA breaches, escalations and support calls. */
    SUPPORT,
    /** Cancellations, refunds and returns. */
    COMMERCIAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static HealthDimension fromWire(String field, String value) {
        return Arrays.stream(values())
                .filter(d -> d.wireName().equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(field, "must be one of "
                        + Arrays.stream(values()).map(HealthDimension::wireName).collect(Collectors.joining(", "))));
    }
}
