package com.converge.complaint.domain;

import com.converge.kernel.domain.InvalidValueException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When SLA time runs: round the clock, or working hours per weekday in a time zone, minus holidays.
 * SLA targets are business time, so "4 hours" on Friday evening can end on Monday morning.
 */
public final class BusinessCalendar {

    public static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    /** Further than any SLA target reaches; a calendar that finds no hours within it is broken. */
    private static final int SEARCH_DAYS = 3 * 366;

    private final ZoneId zone;
    private final Map<DayOfWeek, List<BusinessHours>> week;
    private final Set<LocalDate> holidays;

    private BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<BusinessHours>> week, Set<LocalDate> holidays) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.week = week;
        this.holidays = Set.copyOf(holidays);
    }

    public static BusinessCalendar roundTheClock(ZoneId zone) {
        return new BusinessCalendar(zone, null, Set.of());
    }

    public static BusinessCalendar businessHours(ZoneId zone, Map<DayOfWeek, List<BusinessHours>> week, Set<LocalDate> holidays) {
        Map<DayOfWeek, List<BusinessHours>> copy = new EnumMap<>(DayOfWeek.class);
        week.forEach((day, hours) -> {
            List<BusinessHours> sorted = hours.stream().sorted((a, b) -> a.start().compareTo(b.start())).toList();
            for (int i = 1; i < sorted.size(); i++) {
                if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
                    throw new InvalidValueException("calendar.hours", "intervals of " + day + " overlap");
                }
            }
            if (!sorted.isEmpty()) {
                copy.put(day, sorted);
            }
        });
        if (copy.isEmpty()) {
            throw new InvalidValueException("calendar.hours", "a business-hours calendar needs at least one working interval");
        }
        return new BusinessCalendar(zone, Map.copyOf(copy), holidays);
    }

    public boolean isRoundTheClock() {
        return week == null;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Empty for a round-the-clock calendar. */
    public Optional<Map<DayOfWeek, List<BusinessHours>>> week() {
        return Optional.ofNullable(week);
    }

    public Set<LocalDate> holidays() {
        return holidays;
    }

    /** The instant at which {@code businessTime} of working time after {@code from} has passed. */
    public Instant plus(Instant from, Duration businessTime) {
        if (isRoundTheClock() || businessTime.isZero() || businessTime.isNegative()) {
            return from.plus(businessTime.isNegative() ? Duration.ZERO : businessTime);
        }
        Duration remaining = businessTime;
        LocalDate day = from.atZone(zone).toLocalDate();
        for (int i = 0; i < SEARCH_DAYS; i++, day = day.plusDays(1)) {
            for (BusinessHours hours : hoursOn(day)) {
                Instant start = max(from, day.atTime(hours.start()).atZone(zone).toInstant());
                Instant end = day.atTime(hours.end()).atZone(zone).toInstant();
                if (start.isBefore(end)) {
                    Duration available = Duration.between(start, end);
                    if (remaining.compareTo(available) <= 0) {
                        return start.plus(remaining);
                    }
                    remaining = remaining.minus(available);
                }
            }
        }
        throw new IllegalStateException("the calendar has no working hours within " + SEARCH_DAYS + " days");
    }

    /** Working time between two instants; zero when {@code to} is not after {@code from}. */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        if (isRoundTheClock()) {
            return Duration.between(from, to);
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            for (BusinessHours hours : hoursOn(day)) {
                Instant start = max(from, day.atTime(hours.start()).atZone(zone).toInstant());
                Instant end = min(to, day.atTime(hours.end()).atZone(zone).toInstant());
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    private List<BusinessHours> hoursOn(LocalDate day) {
        if (holidays.contains(day)) {
            return List.of();
        }
        return week.getOrDefault(day.getDayOfWeek(), List.of());
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
