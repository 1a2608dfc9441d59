package com.converge.callqueue.domain;

import java.time.Instant;
import java.util.Comparator;

/**
 * The order agents are served in, as the source design has it: callbacks that are due first (the
 * longest overdue first), then the lower score, then the earlier arrival. The database query of the
 * persistence adapter implements the same order; this is its reference.
 */
public final class ServingOrder {

    private ServingOrder() {
    }

    public static Comparator<PositionedEntry> at(Instant now) {
        return Comparator.<PositionedEntry, Integer>comparing(p -> hasDueCallback(p.entry(), now) ? 0 : 1)
                .thenComparing(p -> hasDueCallback(p.entry(), now) ? p.entry().callback().dueAt() : Instant.MIN)
                .thenComparing(p -> p.entry().score().value())
                .thenComparing(PositionedEntry::position);
    }

    private static boolean hasDueCallback(QueueEntry entry, Instant now) {
        return entry.callback() != null && entry.callback().isDue(now);
    }

    /** An entry and its place in arrival order. */
    public record PositionedEntry(QueueEntry entry, long position) {
    }
}
