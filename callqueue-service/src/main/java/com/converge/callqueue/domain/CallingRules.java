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
     * When a customer who has had {@code callsToday} calls today (the one just made included) may be
     * served again: at the start of the next day once they reached the cap; empty while they may be now.
     */
    public Optional<Instant> servableAgainAt(int callsToday, Instant now) {
        return callsToday >= dailyAttemptCap ? Optional.of(window.startOfNextDay(now)) : Optional.empty();
    }
}
