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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

final class CustomerHealthResponses {

    private CustomerHealthResponses() {
    }

    record HealthResponse(@Schema(required = true, example = "42") long customerId,
                          @Schema(required = true, description = "0-100, higher is healthier", example = "85") int score,
                          @Schema(required = true, description = "healthy (70+), watch or at_risk", example = "healthy") String band,
                          @Schema(required = true, example = "false") boolean atRisk,
                          @Schema(required = true, example = "2026-11-20T05:30:05.412877Z") Instant computedAt,
                          @Schema(required = true) List<DimensionResponse> dimensions,
                          @Schema(required = true, description = "Dimensions without data, left out and the others' weights renormalised",
                                  example = "[\"satisfaction\"]") List<String> missingDimensions,
                          @Schema(required = true, example = "30") int trendDays,
                          @Schema(required = true) List<TrendPoint> trend) {

        static HealthResponse of(CustomerHealthReport report) {
            var health = report.health();
            return new HealthResponse(health.customerId().value(), health.score(), report.band().wireName(), report.atRisk(),
                    health.computedAt(), health.contributions().stream().map(DimensionResponse::of).toList(),
                    health.missing().stream().map(HealthDimension::wireName).toList(), report.trendDays(),
                    report.trend().stream().map(TrendPoint::of).toList());
        }
    }

    /** points = value x renormalisedWeight; the points of all dimensions add up to the score (before rounding). */
    record DimensionResponse(@Schema(required = true, description = "engagement, satisfaction, support or commercial", example = "engagement")
                             String dimension,
                             @Schema(required = true, description = "0-100", example = "80") int value,
                             @Schema(required = true, example = "30") int weight,
                             @Schema(required = true, example = "0.4000") BigDecimal renormalisedWeight,
                             @Schema(required = true, example = "32.00") BigDecimal points,
                             @Schema(required = true, example = """
                                     [{"rule": "recency", "description": "last booking or order 3 days ago", "points": 50},
                                      {"rule": "frequency", "description": "3 bookings and orders in 180 days", "points": 20},
                                      {"rule": "milestones", "description": "2 milestones reached", "points": 10}]""")
                             List<RuleResponse> rules) {

        static DimensionResponse of(HealthContribution c) {
            return new DimensionResponse(c.dimension().wireName(), c.value(), c.weight(),
                    BigDecimal.valueOf(c.renormalisedWeight()).setScale(4, RoundingMode.HALF_UP),
                    BigDecimal.valueOf(c.points()).setScale(2, RoundingMode.HALF_UP),
                    c.rules().stream().map(RuleResponse::of).toList());
        }
    }

    /** One rule that moved a dimension's value. */
    @Schema(name = "HealthRule")
    record RuleResponse(@Schema(required = true, example = "recency") String rule,
                        @Schema(required = true, example = "last booking or order 3 days ago") String description,
                        @Schema(required = true, example = "50") int points) {

        static RuleResponse of(HealthRule rule) {
            return new RuleResponse(rule.rule(), rule.description(), rule.points());
        }
    }

    record TrendPoint(@Schema(required = true, example = "2026-11-20") LocalDate day, @Schema(required = true, example = "85") int score) {

        static TrendPoint of(HealthSnapshot snapshot) {
            return new TrendPoint(snapshot.day(), snapshot.score());
        }
    }

    record MilestoneResponse(@Schema(required = true, description = "first_booking_completed, fifth_booking_completed, first_order_delivered or "
                                     + "first_referral", example = "first_order_delivered") String milestone,
                             @Schema(required = true, example = "2026-11-08T10:42:19.337021Z") Instant reachedAt,
                             @Schema(required = true, description = "The booking, order or wallet entry that reached it",
                                     example = "01935f82-7a3b-7c4d-8e5f-6a7b8c9d0e03") String source) {

        static MilestoneResponse of(CustomerMilestone milestone) {
            return new MilestoneResponse(milestone.milestone().wireName(), milestone.reachedAt(), milestone.source());
        }
    }

    record InteractionResponse(@Schema(required = true, description = "call or complaint_message", example = "call") String kind,
                               @Schema(required = true, description = "The call's id or the message's", example = "call-5521") String id,
                               @Schema(required = true, example = "2026-11-20T06:02:41.208455Z") Instant at,
                               @Schema(example = "01935f80-4d1e-7a2b-9c3d-4e5f6a7b8c02") String complaintId,
                               @Schema(description = "The agent who called or the message's author", example = "a-3") String actor,
                               @Schema(required = true, description = "The call's queue, outcome and length, or the message's text",
                                       example = "outstanding_requests: connected (184s)") String summary) {

        static InteractionResponse of(SupportInteraction interaction) {
            return new InteractionResponse(interaction.kind().name().toLowerCase(Locale.ROOT), interaction.id(), interaction.at(),
                    interaction.complaintId(), interaction.actor(), interaction.summary());
        }
    }

    record InteractionPageResponse(@Schema(required = true) List<InteractionResponse> items,
                                   @Schema(example = "MjAyNi0xMS0yMFQwNjowMjo0MS4yMDg0NTVaH2NhbGwtNTUyMQ") String nextCursor) {

        static InteractionPageResponse of(Page<SupportInteraction> page) {
            return new InteractionPageResponse(page.items().stream().map(InteractionResponse::of).toList(), page.nextCursor());
        }
    }
}
