package com.converge.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.converge.kernel.domain.InvalidValueException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    /** Mon-Fri 09:00-18:00 in India; Monday 23 November 2026 is a holiday. */
    static final BusinessCalendar OFFICE = BusinessCalendar.businessHours(BusinessCalendar.INDIA, weekdays(BusinessHours.of("09:00", "18:00")),
            Set.of(LocalDate.of(2026, 11, 23)));

    static Map<DayOfWeek, List<BusinessHours>> weekdays(BusinessHours... hours) {
        Map<DayOfWeek, List<BusinessHours>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            week.put(day, List.of(hours));
        }
        return week;
    }

    static Instant ist(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BusinessCalendar.INDIA).toInstant();
    }

    @Test
    void fourHoursFromFridayEveningEndOnTuesdayAfterTheWeekendAndTheMondayHoliday() {
        assertThat(OFFICE.plus(ist("2026-11-20T17:30"), Duration.ofHours(4))).isEqualTo(ist("2026-11-24T12:30"));
    }

    @Test
    void timeBeforeOpeningStartsCountingAtOpening() {
        assertThat(OFFICE.plus(ist("2026-11-19T06:00"), Duration.ofHours(1))).isEqualTo(ist("2026-11-19T10:00"));
    }

    @Test
    void aTargetEndingExactlyAtClosingIsDueAtClosing() {
        assertThat(OFFICE.plus(ist("2026-11-19T09:00"), Duration.ofHours(9))).isEqualTo(ist("2026-11-19T18:00"));
    }

    @Test
    void elapsedBusinessTimeSkipsNightsWeekendsAndHolidays() {
        assertThat(OFFICE.between(ist("2026-11-20T17:30"), ist("2026-11-24T12:30"))).isEqualTo(Duration.ofHours(4));
        assertThat(OFFICE.between(ist("2026-11-21T10:00"), ist("2026-11-23T17:00"))).isZero();
        assertThat(OFFICE.between(ist("2026-11-24T12:00"), ist("2026-11-24T11:00"))).isZero();
    }

    @Test
    void aSplitDayCountsOnlyItsIntervals() {
        BusinessCalendar lunchBreak = BusinessCalendar.businessHours(BusinessCalendar.INDIA,
                weekdays(BusinessHours.of("09:00", "13:00"), BusinessHours.of("14:00", "18:00")), Set.of());
        assertThat(lunchBreak.plus(ist("2026-11-19T12:00"), Duration.ofHours(2))).isEqualTo(ist("2026-11-19T15:00"));
        assertThat(lunchBreak.between(ist("2026-11-19T12:00"), ist("2026-11-19T15:00"))).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void roundTheClockIsWallClockTime() {
        BusinessCalendar always = BusinessCalendar.roundTheClock(BusinessCalendar.INDIA);
        assertThat(always.plus(ist("2026-11-20T17:30"), Duration.ofHours(4))).isEqualTo(ist("2026-11-20T21:30"));
        assertThat(always.between(ist("2026-11-21T10:00"), ist("2026-11-23T10:00"))).isEqualTo(Duration.ofHours(48));
    }

    @Test
    void aCalendarNeedsWorkingHoursThatDoNotOverlap() {
        assertThatThrownBy(() -> BusinessCalendar.businessHours(BusinessCalendar.INDIA, Map.of(), Set.of()))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> BusinessCalendar.businessHours(BusinessCalendar.INDIA,
                weekdays(BusinessHours.of("09:00", "13:00"), BusinessHours.of("12:00", "18:00")), Set.of()))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> BusinessHours.of("18:00", "09:00")).isInstanceOf(InvalidValueException.class);
    }
}
