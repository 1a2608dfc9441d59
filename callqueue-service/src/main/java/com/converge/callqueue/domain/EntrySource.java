package com.converge.callqueue.domain;

import java.util.Arrays;
import java.util.Locale;

/** What put a customer in a queue: the event that raised the entry, or last gave it another reason. */
public enum EntrySource {
    REGISTRATION, ORDER_VERIFICATION, COMPLAINT, COMPLAINT_ESCALATED, SLA_BREACHED, CUSTOMER_AT_RISK;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EntrySource fromWire(String value) {
        return Arrays.stream(values())
                .filter(s -> s.wireName().equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not an entry source: " + value));
    }
}
