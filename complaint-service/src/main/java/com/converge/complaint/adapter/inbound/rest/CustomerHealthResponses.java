package com.converge.complaint.adapter.inbound.rest;

import com.converge.complaint.application.port.inbound.CustomerHealthReport;
import com.converge.complaint.domain.CustomerMilestone;
import com.converge.complaint.domain.HealthContribution;
import com.converge.complaint.domain.HealthDimension;
import com.converge.complaint.domain.HealthRule;
import com.converge.complaint.domain.HealthSnapshot;
import com.converge.complaint.domain.SupportInteraction;
import com.converge.kernel.application.Page;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

final class CustomerHealthResponses {

    private CustomerHealthResponses() {
    }

    record HealthResponse(long customerId, int score, String band, boolean atRisk, Instant computedAt,
                          List<DimensionResponse> dimensions, List<String> missingDimensions, int trendDays,
                          List<TrendPoint> trend) {

        static HealthResponse of(CustomerHealthReport report) {
            var health = report.health();
            return new HealthResponse(health.customerId().value(), health.score(), report.band().wireName(), report.atRisk(),
                    health.computedAt(), health.contributions().stream().map(DimensionResponse::of).toList(),
                    health.missing().stream().map(HealthDimension::wireName).toList(), report.trendDays(),
                    report.trend().stream().map(TrendPoint::of).toList());
        }
    }

    /** points = value x renormalisedWeight; the points of all dimensions add up to the score (before rounding). */
    record DimensionResponse(String dimension, int value, int weight, BigDecimal renormalisedWeight, BigDecimal points,
                             List<HealthRule> rules) {

        static DimensionResponse of(HealthContribution c) {
            return new DimensionResponse(c.dimension().wireName(), c.value(), c.weight(),
                    BigDecimal.valueOf(c.renormalisedWeight()).setScale(4, RoundingMode.HALF_UP),
                    BigDecimal.valueOf(c.points()).setScale(2, RoundingMode.HALF_UP), c.rules());
        }
    }

    record TrendPoint(LocalDate day, int score) {

        static TrendPoint of(HealthSnapshot snapshot) {
            return new TrendPoint(snapshot.day(), snapshot.score());
        }
    }

    record MilestoneResponse(String milestone, Instant reachedAt, String source) {

        static MilestoneResponse of(CustomerMilestone milestone) {
            return new MilestoneResponse(milestone.milestone().wireName(), milestone.reachedAt(), milestone.source());
        }
    }

    record InteractionResponse(String kind, String id, Instant at, String complaintId, String actor, String summary) {

        static InteractionResponse of(SupportInteraction interaction) {
            return new InteractionResponse(interaction.kind().name().toLowerCase(Locale.ROOT), interaction.id(), interaction.at(),
                    interaction.complaintId(), interaction.actor(), interaction.summary());
        }
    }

    record InteractionPageResponse(List<InteractionResponse> items, String nextCursor) {

        static InteractionPageResponse of(Page<SupportInteraction> page) {
            return new InteractionPageResponse(page.items().stream().map(InteractionResponse::of).toList(), page.nextCursor());
        }
    }
}
