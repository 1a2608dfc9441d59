package com.converge.complaint.domain;

import java.util.Locale;

/** The three promises support makes on a complaint. */
public enum SlaClockKind {
    /** The first customer-visible reply from support. */
    FIRST_RESPONSE,
    /** A reply after each customer message. */
    NEXT_RESPONSE,
    /** The complaint resolved. */
    RESOLUTION;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
