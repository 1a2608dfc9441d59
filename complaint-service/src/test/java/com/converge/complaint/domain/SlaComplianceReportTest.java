package com.converge.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlaComplianceReportTest {

    private static final Instant T0 = Instant.parse("2026-11-20T00:00:00Z");
    private static final ReportPeriod DAY = new ReportPeriod(T0, T0.plus(Duration.ofDays(1)));

    /** A critical complaint (first response 1 h, resolution 4 h by default) answered and resolved after the given minutes. */
    private static ComplaintSlaHistory critical(String id, String assignee, ComplaintType type, long answeredAfter,
                                                Long resolvedAfter) {
        List<SlaLogEntry> log = new java.util.ArrayList<>(List.of(
                entry(SlaClockKind.FIRST_RESPONSE, SlaLogEntry.Kind.APPLIED, 0),
                entry(SlaClockKind.RESOLUTION, SlaLogEntry.Kind.APPLIED, 0),
                entry(SlaClockKind.FIRST_RESPONSE, SlaLogEntry.Kind.FULFILLED, answeredAfter)));
        if (resolvedAfter != null) {
            log.add(entry(SlaClockKind.RESOLUTION, SlaLogEntry.Kind.FULFILLED, resolvedAfter));
        }
        return new ComplaintSlaHistory(id, type, Priority.CRITICAL, assignee, SlaPolicy.DEFAULT_ID, log);
    }

    private static SlaLogEntry entry(SlaClockKind clock, SlaLogEntry.Kind kind, long minutes) {
        return new SlaLogEntry(clock, kind, null, null, false, "s", T0.plus(Duration.ofMinutes(minutes)));
    }

    @Test
    void countsEachClockOverallAndByPriorityTypeAssigneeAndTeam() {
        Instant now = T0.plus(Duration.ofHours(5));
        SlaComplianceReport report = new SlaComplianceReport.Tally(now)
                .add(critical("a", "s-1", ComplaintType.DELAY, 30, 120L), SlaPolicy.DEFAULT, Optional.of("north"))
                .add(critical("b", "s-2", ComplaintType.DELAY, 90, 300L), SlaPolicy.DEFAULT, Optional.empty())
                .add(critical("c", null, ComplaintType.BILLING, 45, null), SlaPolicy.DEFAULT, Optional.empty())
                .report(DAY, Map.of(BacklogAge.UNDER_1D, 1L), 2);

        assertThat(report.complaints()).isEqualTo(3);
        assertThat(report.clocks().get(SlaClockKind.FIRST_RESPONSE)).isEqualTo(new ClockCompliance(2, 1, 0));
        // c is unresolved 5 h in: past its 4 h target, so breached though not fulfilled
        assertThat(report.clocks().get(SlaClockKind.RESOLUTION)).isEqualTo(new ClockCompliance(1, 2, 0));
        assertThat(report.clocks().get(SlaClockKind.NEXT_RESPONSE)).isEqualTo(ClockCompliance.NONE);
        assertThat(report.byType()).extracting(SlaComplianceReport.Group::key).containsExactly("billing", "delay");
        assertThat(report.byAssignee()).extracting(SlaComplianceReport.Group::key).containsExactly("s-1", "s-2", null);
        assertThat(report.byTeam()).extracting(SlaComplianceReport.Group::key).containsExactly("north", null);
        assertThat(report.byTeam().get(1).clocks().get(SlaClockKind.FIRST_RESPONSE)).isEqualTo(new ClockCompliance(1, 1, 0));
        assertThat(report.byPriority()).singleElement().extracting(SlaComplianceReport.Group::key).isEqualTo("critical");
        assertThat(report.timeToFirstResponse()).isEqualTo(new DurationSummary(3, Duration.ofMinutes(45), Duration.ofMinutes(90)));
        assertThat(report.timeToResolution().count()).isEqualTo(2);
        assertThat(report.timeToResolution().median()).isEqualTo(Duration.ofMinutes(120));
        assertThat(report.backlog()).containsEntry(BacklogAge.UNDER_1D, 1L).containsEntry(BacklogAge.OVER_7D, 0L);
        assertThat(report.flaggedPauses()).isEqualTo(2);
    }

    @Test
    void anEmptyPeriodReportsNoPercentagesRatherThanZeroOrAHundred() {
        SlaComplianceReport report = new SlaComplianceReport.Tally(T0).report(DAY, Map.of(), 0);

        assertThat(report.complaints()).isZero();
        assertThat(report.clocks().get(SlaClockKind.RESOLUTION).percentMet()).isNull();
        assertThat(report.timeToResolution().median()).isNull();
        assertThat(report.backlog()).hasSize(BacklogAge.values().length).containsValue(0L);
    }
}
