package com.converge.callqueue.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The hours in which customers may be called, in their time zone (India's rules for commercial
 * calls: 09:00 to 21:00). A window whose end is before its start runs across midnight; a window
 * whose start equals its end is open all day.
 */
public record CallingWindow(LocalTime opensAt, LocalTime closesAt, ZoneId zone) {

    public static final CallingWindow INDIA = new CallingWindow(LocalTime.of(9, 0), LocalTime.of(21, 0),
            ZoneId.of("Asia/Kolkata"));

    public CallingWindow {
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
        Objects.requireNonNull(zone, "zone");
    }

    public boolean isOpen(Instant at) {
        LocalTime local = at.atZone(zone).toLocalTime();
        if (opensAt.equals(closesAt)) {
            return true;
        }
        if (opensAt.isBefore(closesAt)) {
            return !local.isBefore(opensAt) && local.isBefore(closesAt);
        }
        return !local.isBefore(opensAt) || local.isBefore(closesAt);
    }

    /** The customer's calendar day, which the daily attempt cap counts in. */
    public LocalDate dayOf(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    /** When the calendar day after the one {@code at} falls on begins. */
    public Instant startOfNextDay(Instant at) {
        return dayOf(at).plusDays(1).atStartOfDay(zone).toInstant();
    }
}
