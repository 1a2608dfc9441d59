package com.converge.callqueue.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A call promised for a time: by a named agent, or by anyone when {@code ownerAgent} is null. */
public record Callback(Instant dueAt, String reason, String ownerAgent) {

    public Callback {
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(reason, "reason");
    }

    public static Callback byAnyone(Instant dueAt, String reason) {
        return new Callback(dueAt, reason, null);
    }

    public boolean isDue(Instant now) {
        return !dueAt.isAfter(now);
    }

    /**
     * Whether {@code agent} may make this call now: never before it is due; a named agent's
     * callback is theirs until {@code ownerGrace} after it fell due, then anyone's.
     */
    public boolean mayBeMadeBy(String agent, Instant now, Duration ownerGrace) {
        if (!isDue(now)) {
            return false;
        }
        return ownerAgent == null || ownerAgent.equals(agent) || !dueAt.plus(ownerGrace).isAfter(now);
    }

    /** Of two callbacks the sooner one stands: a new reason never postpones a promised call. */
    public Callback sooner(Callback other) {
        return other == null || !other.dueAt.isBefore(dueAt) ? this : other;
    }
}
