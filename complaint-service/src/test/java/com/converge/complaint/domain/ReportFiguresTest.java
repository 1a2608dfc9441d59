package com.converge.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.converge.kernel.domain.InvalidValueException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The arithmetic of the reports: percentiles, % met, backlog buckets, CSAT averages, periods. */
class ReportFiguresTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @Test
    void medianAndP90AreNearestRankTimesThatReallyHappened() {
        List<Duration> minutes = IntStream.of(7, 1, 10, 3, 9, 2, 8, 4, 6, 5).mapToObj(Duration::ofMinutes).toList();

        DurationSummary summary = DurationSummary.of(minutes);

        assertThat(summary.count()).isEqualTo(10);
        assertThat(summary.median()).isEqualTo(Duration.ofMinutes(5));
        assertThat(summary.p90()).isEqualTo(Duration.ofMinutes(9));
        assertThat(DurationSummary.of(List.of(Duration.ofMinutes(42)))).isEqualTo(
                new DurationSummary(1, Duration.ofMinutes(42), Duration.ofMinutes(42)));
        assertThat(DurationSummary.of(List.of())).isEqualTo(new DurationSummary(0, null, null));
    }

    @Test
    void p90OfElevenValuesIsTheTenth() {
        DurationSummary summary = DurationSummary.of(IntStream.rangeClosed(1, 11).mapToObj(Duration::ofSeconds).toList());

        assertThat(summary.median()).isEqualTo(Duration.ofSeconds(6));
        assertThat(summary.p90()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void percentMetCountsDecidedRunsOnlyAndIsUnknownWithoutAny() {
        ClockCompliance twoOfThree = ClockCompliance.NONE.plus(SlaEpisode.Outcome.MET).plus(SlaEpisode.Outcome.MET)
                .plus(SlaEpisode.Outcome.BREACHED).plus(SlaEpisode.Outcome.PENDING).plus(SlaEpisode.Outcome.PENDING);

        assertThat(twoOfThree).isEqualTo(new ClockCompliance(2, 1, 2));
        assertThat(twoOfThree.percentMet()).isEqualByComparingTo("66.7");
        assertThat(new ClockCompliance(0, 0, 3).percentMet()).isNull();
        assertThat(new ClockCompliance(4, 0, 0).percentMet()).isEqualByComparingTo("100.0");
        assertThat(new ClockCompliance(0, 1, 0).percentMet()).isEqualByComparingTo("0.0");
    }

    @Test
    void aRunFulfilledExactlyOnTargetIsMetAndOneSecondOverIsBreached() {
        Instant start = NOW.minus(Duration.ofHours(2));
        assertThat(new SlaEpisode(SlaClockKind.RESOLUTION, start, NOW, Duration.ofHours(1), Duration.ofHours(1)).outcome())
                .isEqualTo(SlaEpisode.Outcome.MET);
        assertThat(new SlaEpisode(SlaClockKind.RESOLUTION, start, NOW, Duration.ofSeconds(3601), Duration.ofHours(1)).outcome())
                .isEqualTo(SlaEpisode.Outcome.BREACHED);
        assertThat(new SlaEpisode(SlaClockKind.RESOLUTION, start, null, Duration.ofSeconds(3601), Duration.ofHours(1)).outcome())
                .isEqualTo(SlaEpisode.Outcome.BREACHED);
        assertThat(new SlaEpisode(SlaClockKind.RESOLUTION, start, null, Duration.ofMinutes(59), Duration.ofHours(1)).outcome())
                .isEqualTo(SlaEpisode.Outcome.PENDING);
    }

    @Test
    void backlogBucketsStartAtTheirLowerBound() {
        assertThat(BacklogAge.of(Duration.ZERO)).isEqualTo(BacklogAge.UNDER_1D);
        assertThat(BacklogAge.of(Duration.ofHours(23).plusMinutes(59))).isEqualTo(BacklogAge.UNDER_1D);
        assertThat(BacklogAge.of(Duration.ofDays(1))).isEqualTo(BacklogAge.FROM_1D_TO_3D);
        assertThat(BacklogAge.of(Duration.ofDays(3).minusSeconds(1))).isEqualTo(BacklogAge.FROM_1D_TO_3D);
        assertThat(BacklogAge.of(Duration.ofDays(3))).isEqualTo(BacklogAge.FROM_3D_TO_7D);
        assertThat(BacklogAge.of(Duration.ofDays(7))).isEqualTo(BacklogAge.OVER_7D);
        assertThat(BacklogAge.of(Duration.ofDays(400))).isEqualTo(BacklogAge.OVER_7D);
    }

    @Test
    void theCutoffsSeparateCreationTimesAsTheBucketsSeparateAges() {
        List<Instant> cutoffs = BacklogAge.cutoffs(NOW);

        assertThat(cutoffs).containsExactly(NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofDays(3)),
                NOW.minus(Duration.ofDays(7)));
        for (Duration age : List.of(Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(3),
                Duration.ofDays(7), Duration.ofDays(30))) {
            Instant created = NOW.minus(age);
            int bucket = 0;
            while (bucket < cutoffs.size() && !created.isAfter(cutoffs.get(bucket))) {
                bucket++;
            }
            assertThat(BacklogAge.values()[bucket]).as(age.toString()).isEqualTo(BacklogAge.of(age));
        }
    }

    @Test
    void csatSummaryAveragesTheRatingsAndCountsEachOne() {
        CsatSummary summary = CsatSummary.empty().plus(5, 3).plus(4, 1).plus(1, 2);

        assertThat(summary.count()).isEqualTo(6);
        assertThat(summary.average()).isEqualByComparingTo(new BigDecimal("3.50"));
        assertThat(summary.distribution()).containsExactly(2L, 0L, 0L, 1L, 3L);
        assertThat(CsatSummary.empty().average()).isNull();
        assertThatThrownBy(() -> CsatSummary.empty().plus(6, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void csatReportGroupsPerAssigneeWithTheUnassignedLastAndPerType() {
        ReportPeriod period = new ReportPeriod(NOW.minus(Duration.ofDays(7)), NOW);
        CsatReport report = CsatReport.of(period, List.of(
                new CsatReport.Count("s-2", ComplaintType.DELAY, 5, 2),
                new CsatReport.Count("s-1", ComplaintType.DELAY, 3, 1),
                new CsatReport.Count(null, ComplaintType.BILLING, 1, 1),
                new CsatReport.Count("s-1", ComplaintType.BILLING, 4, 1)));

        assertThat(report.overall().count()).isEqualTo(5);
        assertThat(report.byAssignee()).extracting(CsatReport.Group::key).containsExactly("s-1", "s-2", null);
        assertThat(report.byAssignee().get(0).summary().average()).isEqualByComparingTo("3.50");
        assertThat(report.byType()).extracting(CsatReport.Group::key).containsExactly("billing", "delay");
        assertThat(report.byType().get(1).summary().distribution()).containsExactly(0L, 0L, 1L, 0L, 2L);
    }

    @Test
    void aPeriodEndsAfterItStartsAndSpansNoMoreThan92Days() {
        assertThatThrownBy(() -> new ReportPeriod(NOW, NOW)).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("to");
        assertThatThrownBy(() -> new ReportPeriod(NOW, NOW.minusSeconds(1))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new ReportPeriod(NOW.minus(Duration.ofDays(93)), NOW)).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("to");
        assertThatThrownBy(() -> new ReportPeriod(null, NOW)).extracting(e -> ((InvalidValueException) e).field()).isEqualTo("from");
        ReportPeriod week = new ReportPeriod(NOW.minus(Duration.ofDays(7)), NOW);
        assertThat(week.contains(week.from())).isTrue();
        assertThat(week.contains(NOW)).isFalse();
    }

    @Test
    void segmentsAreStandardPremiumOrVip() {
        assertThat(CustomerSegment.fromWire("segment", "vip")).isEqualTo(CustomerSegment.VIP);
        assertThatThrownBy(() -> CustomerSegment.fromWire("segment", "gold")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("standard, premium, vip");
    }
}
