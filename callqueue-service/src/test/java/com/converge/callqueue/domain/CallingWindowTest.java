package com.converge.callqueue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CallingWindowTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Test
    void indiaCallsFromNineInTheMorningUntilNineAtNightKolkataTime() {
        assertThat(CallingWindow.INDIA.isOpen(kolkata("2026-11-20T08:59:59"))).isFalse();
        assertThat(CallingWindow.INDIA.isOpen(kolkata("2026-11-20T09:00:00"))).isTrue();
        assertThat(CallingWindow.INDIA.isOpen(kolkata("2026-11-20T20:59:59"))).isTrue();
        assertThat(CallingWindow.INDIA.isOpen(kolkata("2026-11-20T21:00:00"))).isFalse();
        assertThat(CallingWindow.INDIA.isOpen(kolkata("2026-11-20T02:00:00"))).isFalse();
    }

    @Test
    void theWindowIsReadInTheCustomersZoneNotUtc() {
        // 04:00 UTC is 09:30 in Kolkata
        assertThat(CallingWindow.INDIA.isOpen(Instant.parse("2026-11-20T04:00:00Z"))).isTrue();
        // 16:00 UTC is 21:30 in Kolkata
        assertThat(CallingWindow.INDIA.isOpen(Instant.parse("2026-11-20T16:00:00Z"))).isFalse();
    }

    @Test
    void aWindowAcrossMidnightIsOpenLateAndEarlyButNotInTheDay() {
        CallingWindow night = new CallingWindow(LocalTime.of(22, 0), LocalTime.of(6, 0), KOLKATA);

        assertThat(night.isOpen(kolkata("2026-11-20T23:30:00"))).isTrue();
        assertThat(night.isOpen(kolkata("2026-11-21T00:00:00"))).isTrue();
        assertThat(night.isOpen(kolkata("2026-11-21T05:59:59"))).isTrue();
        assertThat(night.isOpen(kolkata("2026-11-21T06:00:00"))).isFalse();
        assertThat(night.isOpen(kolkata("2026-11-21T12:00:00"))).isFalse();
        assertThat(night.isOpen(kolkata("2026-11-21T21:59:59"))).isFalse();
        assertThat(night.isOpen(kolkata("2026-11-21T22:00:00"))).isTrue();
    }

    @Test
    void aWindowThatClosesWhenItOpensIsOpenAllDay() {
        CallingWindow always = new CallingWindow(LocalTime.of(9, 0), LocalTime.of(9, 0), KOLKATA);

        assertThat(always.isOpen(kolkata("2026-11-20T03:00:00"))).isTrue();
        assertThat(always.isOpen(kolkata("2026-11-20T09:00:00"))).isTrue();
    }

    @Test
    void theAttemptDayIsTheCustomersCalendarDay() {
        // 20:00 UTC on the 20th is already 01:30 on the 21st in Kolkata
        assertThat(CallingWindow.INDIA.dayOf(Instant.parse("2026-11-20T20:00:00Z"))).isEqualTo(LocalDate.of(2026, 11, 21));
    }

    @Test
    void aCustomerAtTheDailyCapIsParkedUntilTheStartOfTheirNextDay() {
        CallingRules rules = new CallingRules(CallingWindow.INDIA, 3, Duration.ofMinutes(5), Duration.ofMinutes(15));
        Instant lateEvening = kolkata("2026-11-20T20:30:00");

        assertThat(rules.parkedUntil(false, 0, lateEvening)).isEmpty();
        assertThat(rules.parkedUntil(false, 2, lateEvening)).isEmpty();
        assertThat(rules.parkedUntil(false, 3, lateEvening)).contains(kolkata("2026-11-21T00:00:00"));
        // 20:00 UTC on the 20th is already the 21st in Kolkata: back at the start of the 22nd there
        assertThat(rules.parkedUntil(false, 4, Instant.parse("2026-11-20T20:00:00Z")))
                .contains(Instant.parse("2026-11-21T18:30:00Z"));
    }

    @Test
    void aCustomerOnTheDoNotCallListIsParkedForGoodWhateverTheirCallsToday() {
        CallingRules rules = new CallingRules(CallingWindow.INDIA, 3, Duration.ofMinutes(5), Duration.ofMinutes(15));
        Instant lateEvening = kolkata("2026-11-20T20:30:00");

        assertThat(rules.parkedUntil(true, 0, lateEvening)).contains(CallingRules.FOR_GOOD);
        assertThat(rules.parkedUntil(true, 3, lateEvening)).contains(CallingRules.FOR_GOOD);
    }

    private static Instant kolkata(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(KOLKATA).toInstant();
    }
}
