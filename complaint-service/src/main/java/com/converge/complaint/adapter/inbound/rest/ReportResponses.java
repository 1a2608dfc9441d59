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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

final class ReportResponses {

    private ReportResponses() {
    }

    /** Durations are business seconds, counted as the clocks count them. */
    record SlaComplianceResponse(@Schema(required = true, example = "2026-11-01T00:00:00Z") Instant from,
                                 @Schema(required = true, example = "2026-12-01T00:00:00Z") Instant to,
                                 @Schema(required = true, example = "2026-12-01T04:00:12.581344Z") Instant readAt,
                                 @Schema(required = true, description = "Complaints raised in the period", example = "412") long complaints,
                                 @Schema(required = true) Clocks clocks,
                                 @Schema(required = true) List<GroupResponse> byPriority,
                                 @Schema(required = true) List<GroupResponse> byType,
                                 @Schema(required = true) List<GroupResponse> byAssignee,
                                 @Schema(required = true) List<GroupResponse> byTeam,
                                 @Schema(required = true) DurationResponse timeToFirstResponse,
                                 @Schema(required = true) DurationResponse timeToResolution,
                                 @Schema(required = true) List<BacklogBucket> backlog,
                                 @Schema(required = true, example = "3") long flaggedPauses) {

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

    @Schema(name = "ClocksCompliance")
    record Clocks(@Schema(required = true) ClockResponse firstResponse, @Schema(required = true) ClockResponse nextResponse,
                  @Schema(required = true) ClockResponse resolution) {

        static Clocks of(Map<SlaClockKind, ClockCompliance> clocks) {
            return new Clocks(ClockResponse.of(clocks.get(SlaClockKind.FIRST_RESPONSE)),
                    ClockResponse.of(clocks.get(SlaClockKind.NEXT_RESPONSE)), ClockResponse.of(clocks.get(SlaClockKind.RESOLUTION)));
        }
    }

    /** {@code percentMet} is met / (met + breached), null while none is decided. */
    @Schema(name = "ClockCompliance")
    record ClockResponse(@Schema(required = true, example = "371") long met, @Schema(required = true, example = "29") long breached,
                         @Schema(required = true, example = "12") long pending, @Schema(example = "92.8") BigDecimal percentMet) {

        static ClockResponse of(ClockCompliance c) {
            return new ClockResponse(c.met(), c.breached(), c.pending(), c.percentMet());
        }
    }

    /** {@code key} is the priority, type, assignee or team; null for complaints without an assignee or a team. */
    record GroupResponse(@Schema(example = "high") String key, @Schema(required = true) Clocks clocks) {
    }

    record DurationResponse(@Schema(required = true, description = "Fulfilled runs", example = "371") int count,
                            @Schema(description = "Null without a fulfilled run", example = "5400") Long medianSeconds,
                            @Schema(description = "Null without a fulfilled run", example = "12600") Long p90Seconds) {

        static DurationResponse of(DurationSummary summary) {
            return new DurationResponse(summary.count(), seconds(summary.median()), seconds(summary.p90()));
        }

        private static Long seconds(Duration duration) {
            return duration == null ? null : duration.toSeconds();
        }
    }

    record BacklogBucket(@Schema(required = true, description = "under_1d, from_1d_to_3d, from_3d_to_7d or over_7d", example = "under_1d")
                         String age,
                         @Schema(required = true, example = "12") long count) {
    }

    record FlaggedPauseResponse(@Schema(required = true, example = "01935f80-4d1e-7a2b-9c3d-4e5f6a7b8c02") String complaintId,
                                @Schema(required = true, example = "2026-11-20T06:14:09.730561Z") Instant pausedAt,
                                @Schema(required = true, example = "s-7") String pausedBy,
                                @Schema(example = "asked the customer to pick a new slot") String reason,
                                @Schema(example = "s-7") String assignee) {

        static FlaggedPauseResponse of(FlaggedPause pause) {
            return new FlaggedPauseResponse(pause.complaintId(), pause.pausedAt(), pause.pausedBy(), pause.reason(), pause.assignee());
        }
    }

    record FlaggedPausePage(@Schema(required = true) List<FlaggedPauseResponse> items,
                            @Schema(example = "MjAyNi0xMS0yMFQwNjoxNDowOS43MzA1NjFaHzAxOTM1ZjgwLTRkMWUtN2EyYi05YzNkLTRlNWY2YTdiOGMwMg")
                            String nextCursor) {
    }

    record CsatReportResponse(@Schema(required = true, example = "2026-11-01T00:00:00Z") Instant from,
                              @Schema(required = true, example = "2026-12-01T00:00:00Z") Instant to,
                              @Schema(required = true) CsatGroup overall, @Schema(required = true) List<CsatGroup> byAssignee,
                              @Schema(required = true) List<CsatGroup> byType) {

        static CsatReportResponse of(CsatReport report) {
            return new CsatReportResponse(report.period().from(), report.period().to(), CsatGroup.of(null, report.overall()),
                    report.byAssignee().stream().map(g -> CsatGroup.of(g.key(), g.summary())).toList(),
                    report.byType().stream().map(g -> CsatGroup.of(g.key(), g.summary())).toList());
        }
    }

    /** {@code distribution} counts ratings 1 to 5, in that order. */
    record CsatGroup(@Schema(description = "The assignee or type; null overall and for unassigned complaints", example = "s-7") String key,
                     @Schema(required = true, example = "58") long count,
                     @Schema(description = "Null without a rating", example = "4.26") BigDecimal average,
                     @Schema(required = true, example = "[2, 3, 6, 14, 33]") List<Long> distribution) {

        static CsatGroup of(String key, CsatSummary summary) {
            return new CsatGroup(key, summary.count(), summary.average(), summary.distribution());
        }
    }
}
