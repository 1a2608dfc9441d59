package com.converge.complaint.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Recomputes a complaint's SLA clocks from its SLA log alone, with the calendar and targets of a
 * policy as it is defined now: after a policy's calendar or targets change, a report replayed from
 * the log counts every past complaint by the new definition, where the flags on the complaint row
 * keep what the monitor saw at the time.
 *
 * <p>The log's entries mean what {@link Complaint} writes: {@code applied} starts an idle or
 * fulfilled clock (a new run) and only retargets an active one; {@code paused} and
 * {@code fulfilled} end a running stretch; {@code resumed} restarts a paused clock, or continues a
 * fulfilled resolution clock of a reopened complaint. Warned and breached entries are the
 * monitor's notes and count nothing. Targets are those of the complaint's current priority, as a
 * priority change retargets the time already used.
 */
public final class SlaLogReplay {

    private SlaLogReplay() {
    }

    public static List<SlaEpisode> episodes(SlaClockKind clock, List<SlaLogEntry> log, SlaPolicy policy, Priority priority,
                                            Instant now) {
        BusinessCalendar calendar = policy.calendar();
        Duration target = policy.targets().targetFor(clock, priority);
        List<SlaEpisode> episodes = new ArrayList<>();
        SlaClock.State state = SlaClock.State.IDLE;
        Instant startedAt = null;
        Instant runningSince = null;
        Instant fulfilledAt = null;
        Duration consumed = Duration.ZERO;
        for (SlaLogEntry entry : log) {
            if (entry.clock() != clock) {
                continue;
            }
            Instant at = entry.at();
            switch (entry.kind()) {
                case APPLIED -> {
                    if (state == SlaClock.State.IDLE || state == SlaClock.State.STOPPED) {
                        if (state == SlaClock.State.STOPPED) {
                            episodes.add(new SlaEpisode(clock, startedAt, fulfilledAt, consumed, target));
                        }
                        state = SlaClock.State.RUNNING;
                        startedAt = at;
                        runningSince = at;
                        fulfilledAt = null;
                        consumed = Duration.ZERO;
                    }
                }
                case PAUSED -> {
                    if (state == SlaClock.State.RUNNING) {
                        consumed = consumed.plus(calendar.between(runningSince, at));
                        runningSince = null;
                        state = SlaClock.State.PAUSED;
                    }
                }
                case RESUMED -> {
                    if (state == SlaClock.State.PAUSED || state == SlaClock.State.STOPPED) {
                        runningSince = at;
                        fulfilledAt = null;
                        state = SlaClock.State.RUNNING;
                    }
                }
                case FULFILLED -> {
                    if (state == SlaClock.State.RUNNING) {
                        consumed = consumed.plus(calendar.between(runningSince, at));
                    }
                    if (state == SlaClock.State.RUNNING || state == SlaClock.State.PAUSED) {
                        runningSince = null;
                        fulfilledAt = at;
                        state = SlaClock.State.STOPPED;
                    }
                }
                case WARNED, BREACHED -> {
                }
            }
        }
        if (state == SlaClock.State.RUNNING) {
            consumed = consumed.plus(calendar.between(runningSince, now));
        }
        if (state != SlaClock.State.IDLE) {
            episodes.add(new SlaEpisode(clock, startedAt, fulfilledAt, consumed, target));
        }
        return episodes;
    }
}
