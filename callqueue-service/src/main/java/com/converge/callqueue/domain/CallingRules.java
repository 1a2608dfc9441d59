package com.converge.callqueue.domain;

import com.converge.kernel.domain.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When an entry may be handed to an agent: inside the calling window, fewer than
 * {@code dailyAttemptCap} calls to the customer today, and a claim lasts {@code claimFor}; a
 * callback promised by a named agent waits {@code ownerGrace} past its due time for that agent
 * before anyone may take it.
 */
public record CallingRules(CallingWindow window, int dailyAttemptCap, Duration claimFor, Duration ownerGrace) {

    /** How long "for good" is: the do-not-call list has no removal. */
    public static final Instant FOR_GOOD = Instant.parse("9999-12-31T00:00:00Z");

    public CallingRules {
        Objects.requireNonNull(window, "window");
        if (dailyAttemptCap < 1) {
            throw new InvalidValueException("dailyAttemptCap", "must be at least 1");
        }
        if (claimFor == null || claimFor.isNegative() || claimFor.isZero()) {
            throw new InvalidValueException("claimFor", "must be a positive duration");
        }
        if (ownerGrace == null || ownerGrace.isNegative()) {
            throw new InvalidValueException("ownerGrace", "must not be negative");
        }
    }

    /**
     * Until when an entry of a customer is kept from claims (parked), decided when it is admitted or
     * called: for good once the customer is on the do-not-call list; until the start of their next day
     * once their {@code callsToday} calls today reached the cap; empty while they may be called now.
     */
    public Optional<Instant> parkedUntil(boolean doNotCall, int callsToday, Instant now) {
        if (doNotCall) {
            return Optional.of(FOR_GOOD);
        }
        return callsToday >= dailyAttemptCap ? Optional.of(window.startOfNextDay(now)) : Optional.empty();
    }
}
