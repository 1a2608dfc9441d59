package com.converge.complaint.domain;

import com.converge.kernel.domain.IllegalTransitionException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One SLA promise of a complaint, counted in the business time of its policy's calendar. Elapsed
 * time is what ran before the current running stretch plus the stretch itself, so pauses (waiting
 * on the customer) and target changes (a new priority) need no replay of history.
 */
public final class SlaClock {

    public enum State { IDLE, RUNNING, PAUSED, STOPPED }

    private final SlaClockKind kind;
    private Duration target;
    private State state;
    private Duration consumed;
    private Instant runningSince;
    private Instant stoppedAt;
    private boolean warned;
    private boolean breached;

    public SlaClock(SlaClockKind kind, Duration target, State state, Duration consumed, Instant runningSince,
                    Instant stoppedAt, boolean warned, boolean breached) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.target = Objects.requireNonNull(target, "target");
        this.state = Objects.requireNonNull(state, "state");
        this.consumed = Objects.requireNonNull(consumed, "consumed");
        this.runningSince = runningSince;
        this.stoppedAt = stoppedAt;
        this.warned = warned;
        this.breached = breached;
        if ((state == State.RUNNING) != (runningSince != null)) {
            throw new IllegalArgumentException("a clock runs exactly when it has a running start: " + kind);
        }
    }

    public static SlaClock idle(SlaClockKind kind, Duration target) {
        return new SlaClock(kind, target, State.IDLE, Duration.ZERO, null, null, false, false);
    }

    /**
     * Starts counting from zero. A next-response clock starts again with every customer message
     * after support answered; a warning or breach already reported stays reported, so each is
     * published once per complaint and clock.
     */
    void start(Instant at) {
        if (state == State.RUNNING || state == State.PAUSED) {
            throw new IllegalTransitionException("SLA clock " + kind.wireName(), state, State.RUNNING);
        }
        state = State.RUNNING;
        consumed = Duration.ZERO;
        runningSince = at;
        stoppedAt = null;
    }

    void pause(Instant at, BusinessCalendar calendar) {
        if (state != State.RUNNING) {
            return;
        }
        consumed = consumed.plus(calendar.between(runningSince, at));
        runningSince = null;
        state = State.PAUSED;
    }

    void resume(Instant at) {
        if (state != State.PAUSED) {
            return;
        }
        runningSince = at;
        state = State.RUNNING;
    }

    void stop(Instant at, BusinessCalendar calendar) {
        if (state == State.RUNNING) {
            consumed = consumed.plus(calendar.between(runningSince, at));
        }
        if (state == State.RUNNING || state == State.PAUSED) {
            runningSince = null;
            stoppedAt = at;
            state = State.STOPPED;
        }
    }

    /** A reopened complaint's resolution clock runs on from the time it had used. */
    void continueAfterReopen(Instant at) {
        if (state != State.STOPPED) {
            return;
        }
        state = State.RUNNING;
        runningSince = at;
        stoppedAt = null;
    }

    void retarget(Duration newTarget) {
        target = Objects.requireNonNull(newTarget, "target");
    }

    void markWarned() {
        warned = true;
    }

    void markBreached() {
        breached = true;
    }

    public boolean isRunning() {
        return state == State.RUNNING;
    }

    public boolean isActive() {
        return state == State.RUNNING || state == State.PAUSED;
    }

    /** Business time this clock has counted up to {@code now}. */
    public Duration elapsed(Instant now, BusinessCalendar calendar) {
        return state == State.RUNNING ? consumed.plus(calendar.between(runningSince, now)) : consumed;
    }

    public Duration remaining(Instant now, BusinessCalendar calendar) {
        return target.minus(elapsed(now, calendar));
    }

    /** When the target is (or was) reached if the clock keeps running; null unless running. */
    public Instant dueAt(BusinessCalendar calendar) {
        return state == State.RUNNING ? calendar.plus(runningSince, positive(target.minus(consumed))) : null;
    }

    /** When {@code percent} of the target is used up if the clock keeps running; null unless running. */
    public Instant reachesShareAt(int percent, BusinessCalendar calendar) {
        return state == State.RUNNING
                ? calendar.plus(runningSince, positive(target.multipliedBy(percent).dividedBy(100).minus(consumed)))
                : null;
    }

    /** The target was met: the clock stopped within it. */
    public boolean isMet() {
        return state == State.STOPPED && consumed.compareTo(target) <= 0;
    }

    /** The target was overrun, now or in an earlier stretch. */
    public boolean isBreached(Instant now, BusinessCalendar calendar) {
        return breached || elapsed(now, calendar).compareTo(target) > 0;
    }

    private static Duration positive(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }

    public SlaClockKind kind() {
        return kind;
    }

    public Duration target() {
        return target;
    }

    public State state() {
        return state;
    }

    public Duration consumed() {
        return consumed;
    }

    public Instant runningSince() {
        return runningSince;
    }

    public Instant stoppedAt() {
        return stoppedAt;
    }

    public boolean warned() {
        return warned;
    }

    public boolean breached() {
        return breached;
    }
}
