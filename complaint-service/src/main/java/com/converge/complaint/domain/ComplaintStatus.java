package com.converge.complaint.domain;

import com.converge.kernel.domain.InvalidValueException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a complaint stands. Resolving needs a resolution ({@link Complaint#resolve}) and reopening a
 * resolved complaint has its own window ({@link Complaint#reopen}); the other moves are listed here.
 */
public enum ComplaintStatus {
    OPEN, IN_PROGRESS, WAITING_ON_CUSTOMER, ESCALATED, RESOLVED, CLOSED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ComplaintStatus fromWire(String field, String value) {
        return Arrays.stream(values())
                .filter(s -> s.wireName().equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(field, "must be one of "
                        + Arrays.stream(values()).map(ComplaintStatus::wireName).collect(Collectors.joining(", "))));
    }

    /** Plain moves; an open complaint may be closed at once (a duplicate, spam). */
    Set<ComplaintStatus> plainMoves() {
        switch (this) {
            case OPEN:
                return EnumSet.of(IN_PROGRESS, WAITING_ON_CUSTOMER, ESCALATED, CLOSED);
            case IN_PROGRESS:
                return EnumSet.of(WAITING_ON_CUSTOMER, ESCALATED);
            case WAITING_ON_CUSTOMER:
                return EnumSet.of(IN_PROGRESS, ESCALATED);
            case ESCALATED:
                return EnumSet.of(IN_PROGRESS, WAITING_ON_CUSTOMER);
            case RESOLVED:
                return EnumSet.of(CLOSED);
            default:
                return EnumSet.noneOf(ComplaintStatus.class);
        }
    }

    /** Support is still working on it: it can be assigned, resolved, commented on publicly. */
    public boolean isUnresolved() {
        return this != RESOLVED && this != CLOSED;
    }

    /** Every status support is still working in: what a list shows unless asked for others. */
    public static Set<ComplaintStatus> unresolved() {
        return Arrays.stream(values()).filter(ComplaintStatus::isUnresolved).collect(Collectors.toUnmodifiableSet());
    }
}
