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

    /** Parses a client's date and slot; errors name {@code field}.date and {@code field}.slot, or date and slot when it is empty. */
    public static ServiceSlot parse(String field, String date, String slot) {
        String prefix = field.isEmpty() ? "" : field + ".";
        LocalDate day;
        try {
            day = LocalDate.parse(Objects.requireNonNull(date));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidValueException(prefix + "date", "must be a date like 2026-12-01");
        }
        LocalTime start;
        try {
            start = LocalTime.parse(Objects.requireNonNull(slot));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidValueException(prefix + "slot", "must be one of " + STARTS);
        }
        if (!STARTS.contains(start)) {
            throw new InvalidValueException(prefix + "slot", "must be one of " + STARTS);
        }
        return new ServiceSlot(day, start);
    }

    public Instant startsAt() {
        return date.atTime(start).atZone(INDIA).toInstant();
    }

    /**
     * The slot {@code count} slots later (earlier when negative), counting only the day's six slots:
     * one after 18:00 is 08:00 the next day. Moving a booking moves each visit by the same count, so
     * the visits keep their order and spacing.
     */
    public ServiceSlot plusSlots(long count) {
        long position = Math.addExact(ordinal(), count);
        return new ServiceSlot(LocalDate.ofEpochDay(Math.floorDiv(position, STARTS.size())),
                STARTS.get((int) Math.floorMod(position, STARTS.size())));
    }

    /** How many slots lie from this one to {@code later} (negative when it is earlier). */
    public long slotsUntil(ServiceSlot later) {
        return later.ordinal() - ordinal();
    }

    private long ordinal() {
        return date.toEpochDay() * STARTS.size() + STARTS.indexOf(start);
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
