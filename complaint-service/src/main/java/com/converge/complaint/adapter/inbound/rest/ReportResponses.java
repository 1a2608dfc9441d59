package com.converge.complaint.adapter.inbound.rest;

import com.converge.complaint.domain.BacklogAge;
import com.converge.complaint.domain.ClockCompliance;
import com.converge.complaint.domain.CsatReport;
import com.converge.complaint.domain.CsatSummary;
import com.converge.complaint.domain.DurationSummary;
import com.converge.complaint.domain.FlaggedPause;
import com.converge.complaint.domain.SlaClockKind;
import com.converge.complaint.domain.SlaComplianceReport;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

final class ReportResponses {

    private ReportResponses() {
    }

    /** Durations are business seconds, counted as the clocks count them. */
    record SlaComplianceResponse(Instant from, Instant to, Instant readAt, long complaints, Clocks clocks,
                                 List<GroupResponse> byPriority, List<GroupResponse> byType, List<GroupResponse> byAssignee,
                                 List<GroupResponse> byTeam, DurationResponse timeToFirstResponse,
                                 DurationResponse timeToResolution, List<BacklogBucket> backlog, long flaggedPauses) {

        static SlaComplianceResponse of(SlaComplianceReport report) {
            return new SlaComplianceResponse(report.period().from(), report.period().to(), report.readAt(), report.complaints(),
                    Clocks.of(report.clocks()), groups(report.byPriority()), groups(report.byType()),
                    groups(report.byAssignee()), groups(report.byTeam()), DurationResponse.of(report.timeToFirstResponse()),
                    DurationResponse.of(report.timeToResolution()),
                    Arrays.stream(BacklogAge.values()).map(age -> new BacklogBucket(age.wireName(),
                            report.backlog().getOrDefault(age, 0L))).toList(),
                    report.flaggedPauses());
        }

        private static List<GroupResponse> groups(List<SlaComplianceReport.Group> groups) {
            return groups.stream().map(g -> new GroupResponse(g.key(), Clocks.of(g.clocks()))).toList();
        }
    }

    record Clocks(ClockResponse firstResponse, ClockResponse nextResponse, ClockResponse resolution) {

        static Clocks of(Map<SlaClockKind, ClockCompliance> clocks) {
            return new Clocks(ClockResponse.of(clocks.get(SlaClockKind.FIRST_RESPONSE)),
                    ClockResponse.of(clocks.get(SlaClockKind.NEXT_RESPONSE)), ClockResponse.of(clocks.get(SlaClockKind.RESOLUTION)));
        }
    }

    /** {@code percentMet} is met / (met + breached), null while none is decided. */
    record ClockResponse(long met, long breached, long pending, BigDecimal percentMet) {

        static ClockResponse of(ClockCompliance c) {
            return new ClockResponse(c.met(), c.breached(), c.pending(), c.percentMet());
        }
    }

    record GroupResponse(String key, Clocks clocks) {
    }

    record DurationResponse(int count, Long medianSeconds, Long p90Seconds) {

        static DurationResponse of(DurationSummary summary) {
            return new DurationResponse(summary.count(), seconds(summary.median()), seconds(summary.p90()));
        }

        private static Long seconds(Duration duration) {
            return duration == null ? null : duration.toSeconds();
        }
    }

    record BacklogBucket(String age, long count) {
    }

    record FlaggedPauseResponse(String complaintId, Instant pausedAt, String pausedBy, String reason, String assignee) {

        static FlaggedPauseResponse of(FlaggedPause pause) {
            return new FlaggedPauseResponse(pause.complaintId(), pause.pausedAt(), pause.pausedBy(), pause.reason(), pause.assignee());
        }
    }

    record FlaggedPausePage(List<FlaggedPauseResponse> items, String nextCursor) {
    }

    record CsatReportResponse(Instant from, Instant to, CsatGroup overall, List<CsatGroup> byAssignee, List<CsatGroup> byType) {

        static CsatReportResponse of(CsatReport report) {
            return new CsatReportResponse(report.period().from(), report.period().to(), CsatGroup.of(null, report.overall()),
                    report.byAssignee().stream().map(g -> CsatGroup.of(g.key(), g.summary())).toList(),
                    report.byType().stream().map(g -> CsatGroup.of(g.key(), g.summary())).toList());
        }
    }

    /** {@code distribution} counts ratings 1 to 5, in that order. */
    record CsatGroup(String key, long count, BigDecimal average, List<Long> distribution) {

        static CsatGroup of(String key, CsatSummary summary) {
            return new CsatGroup(key, summary.count(), summary.average(), summary.distribution());
        }
    }
}
