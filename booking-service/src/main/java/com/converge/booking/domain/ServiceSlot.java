package com.converge.booking.domain;

import com.converge.kernel.domain.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

/**
 * A two-hour visit window on a date, in India time: it starts at 08:00, 10:00, ... or 18:00. A
 * provider does one booking per slot.
 */
public record ServiceSlot(LocalDate date, LocalTime start) implements Comparable<ServiceSlot> {

    public static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    public static final List<LocalTime> STARTS = List.of(LocalTime.of(8, 0), LocalTime.of(10, 0), LocalTime.of(12, 0),
            LocalTime.of(14, 0), LocalTime.of(16, 0), LocalTime.of(18, 0));

    public ServiceSlot {
        Objects.requireNonNull(date, "date");
        if (start == null || !STARTS.contains(start)) {
            throw new InvalidValueException("slot", "must be one of " + STARTS);
        }
    }

    public static ServiceSlot parse(String field, String date, String slot) {
        LocalDate day;
        try {
            day = LocalDate.parse(Objects.requireNonNull(date));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidValueException(field + ".date", "must be a date like 2026-12-01");
        }
        LocalTime start;
        try {
            start = LocalTime.parse(Objects.requireNonNull(slot));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidValueException(field + ".slot", "must be one of " + STARTS);
        }
        if (!STARTS.contains(start)) {
            throw new InvalidValueException(field + ".slot", "must be one of " + STARTS);
        }
        return new ServiceSlot(day, start);
    }

    public Instant startsAt() {
        return date.atTime(start).atZone(INDIA).toInstant();
    }

    /** "10:00", as clients and the database write a slot. */
    public String startText() {
        return start.toString();
    }

    @Override
    public int compareTo(ServiceSlot other) {
        int byDate = date.compareTo(other.date);
        return byDate != 0 ? byDate : start.compareTo(other.start);
    }
}
