package com.converge.complaint.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The scoring rules of each dimension. A dimension with nothing to go on is empty, so the weights
 * of the others are renormalised instead of counting it as zero. Support always has something to
 * go on once a customer is known: no complaint is a perfect support record, not a missing one (else
 * a first complaint could raise a customer's score).
 */
public final class HealthScorecard {

    private HealthScorecard() {
    }

    public static Optional<DimensionScore> score(HealthDimension dimension, CustomerFacts facts, Instant now) {
        return switch (dimension) {
            case ENGAGEMENT -> engagement(facts, now);
            case SATISFACTION -> satisfaction(facts);
            case SUPPORT -> Optional.of(support(facts));
            case COMMERCIAL -> commercial(facts);
        };
    }

    static Optional<DimensionScore> engagement(CustomerFacts facts, Instant now) {
        if (facts.lastPurchaseAt() == null && facts.milestonesReached() == 0) {
            return Optional.empty();
        }
        List<HealthRule> rules = new ArrayList<>();
        if (facts.lastPurchaseAt() != null) {
            long days = Math.max(0, Duration.between(facts.lastPurchaseAt(), now).toDays());
            int points = days <= 30 ? 50 : days <= 90 ? 35 : days <= 180 ? 20 : days <= 365 ? 5 : 0;
            rules.add(new HealthRule("recency", "last booking or order " + days + " days ago", points));
        }
        int purchases = facts.purchasesLast180Days();
        int frequency = purchases >= 5 ? 30 : purchases >= 3 ? 20 : purchases >= 1 ? 10 : 0;
        rules.add(new HealthRule("frequency", purchases + " bookings and orders in 180 days", frequency));
        if (facts.milestonesReached() > 0) {
            rules.add(new HealthRule("milestones", facts.milestonesReached() + " milestones reached",
                    Math.min(20, 5 * facts.milestonesReached())));
        }
        return Optional.of(new DimensionScore(HealthDimension.ENGAGEMENT, sum(0, rules), rules));
    }

    static Optional<DimensionScore> satisfaction(CustomerFacts facts) {
        int ratings = facts.ratingsLast365Days();
        if (ratings == 0) {
            return Optional.empty();
        }
        List<HealthRule> rules = new ArrayList<>();
        double average = (double) facts.ratingSumLast365Days() / ratings;
        rules.add(new HealthRule("csat", "average CSAT %.1f over %d ratings in 365 days".formatted(average, ratings),
                (int) Math.round((average - 1) / 4 * 100)));
        if (facts.badRatingsLast365Days() > 0) {
            rules.add(new HealthRule("bad_ratings", facts.badRatingsLast365Days() + " ratings of 2 or less",
                    -10 * facts.badRatingsLast365Days()));
        }
        if (facts.compensatedLast365Days() > 0) {
            rules.add(new HealthRule("compensated", facts.compensatedLast365Days() + " complaints settled with compensation",
                    -5 * facts.compensatedLast365Days()));
        }
        return Optional.of(new DimensionScore(HealthDimension.SATISFACTION, sum(0, rules), rules));
    }

    static DimensionScore support(CustomerFacts facts) {
        List<HealthRule> rules = new ArrayList<>();
        rules.add(new HealthRule("base", "a clean support record", 100));
        if (facts.openComplaints() > 0) {
            rules.add(new HealthRule("open_complaints", facts.openComplaints() + " complaints open", -10 * facts.openComplaints()));
        }
        if (facts.breachesLast90Days() > 0) {
            rules.add(new HealthRule("sla_breaches", facts.breachesLast90Days() + " complaints breached an SLA in 90 days",
                    -15 * facts.breachesLast90Days()));
        }
        if (facts.escalationsLast90Days() > 0) {
            rules.add(new HealthRule("escalations", facts.escalationsLast90Days() + " complaints escalated in 90 days",
                    -15 * facts.escalationsLast90Days()));
        }
        if (facts.supportCallsLast30Days() > 0) {
            rules.add(new HealthRule("support_calls", facts.supportCallsLast30Days() + " support calls in 30 days",
                    -5 * facts.supportCallsLast30Days()));
        }
        return new DimensionScore(HealthDimension.SUPPORT, sum(0, rules), rules);
    }

    static Optional<DimensionScore> commercial(CustomerFacts facts) {
        int purchases = facts.purchasesLast365Days();
        if (purchases == 0) {
            return Optional.empty();
        }
        List<HealthRule> rules = new ArrayList<>();
        rules.add(new HealthRule("base", purchases + " bookings and orders in 365 days", 100));
        if (facts.cancellationsLast365Days() > 0) {
            int cancellations = Math.min(facts.cancellationsLast365Days(), purchases);
            rules.add(new HealthRule("cancellations", cancellations + " of " + purchases + " cancelled",
                    -(int) Math.round(60.0 * cancellations / purchases)));
        }
        if (facts.refundsLast365Days() > 0) {
            rules.add(new HealthRule("refunds", facts.refundsLast365Days() + " refunds", -10 * facts.refundsLast365Days()));
        }
        if (facts.returnsLast365Days() > 0) {
            rules.add(new HealthRule("returns", facts.returnsLast365Days() + " orders returned", -15 * facts.returnsLast365Days()));
        }
        return Optional.of(new DimensionScore(HealthDimension.COMMERCIAL, sum(0, rules), rules));
    }

    private static int sum(int start, List<HealthRule> rules) {
        return start + rules.stream().mapToInt(HealthRule::points).sum();
    }
}
