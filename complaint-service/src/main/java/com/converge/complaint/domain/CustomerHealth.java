package com.converge.complaint.domain;

import com.converge.kernel.domain.CustomerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's health 0..100 (higher is healthier) at a moment: the weighted mean of the dimensions
 * that had data, each weight renormalised over those; {@code missing} names the left-out ones.
 */
public record CustomerHealth(CustomerId customerId, int score, List<HealthContribution> contributions,
                             List<HealthDimension> missing, Instant computedAt) {

    public CustomerHealth {
        Objects.requireNonNull(customerId, "customerId");
        contributions = List.copyOf(contributions);
        missing = List.copyOf(missing);
        Objects.requireNonNull(computedAt, "computedAt");
    }

    /** Empty when no dimension with a weight above zero has data. */
    public static Optional<CustomerHealth> assess(CustomerId customerId, CustomerFacts facts, HealthWeights weights, Instant now) {
        List<DimensionScore> present = new ArrayList<>();
        List<HealthDimension> missing = new ArrayList<>();
        for (HealthDimension dimension : HealthDimension.values()) {
            Optional<DimensionScore> score = facts.isEmpty() ? Optional.empty() : HealthScorecard.score(dimension, facts, now);
            score.filter(s -> weights.of(dimension) > 0).ifPresentOrElse(present::add, () -> missing.add(dimension));
        }
        int totalWeight = present.stream().mapToInt(s -> weights.of(s.dimension())).sum();
        if (totalWeight == 0) {
            return Optional.empty();
        }
        List<HealthContribution> contributions = new ArrayList<>();
        double total = 0;
        for (DimensionScore score : present) {
            int weight = weights.of(score.dimension());
            double renormalised = (double) weight / totalWeight;
            double points = score.value() * renormalised;
            total += points;
            contributions.add(new HealthContribution(score.dimension(), score.value(), weight, renormalised, points, score.rules()));
        }
        int rounded = (int) Math.max(0, Math.min(100, Math.round(total)));
        return Optional.of(new CustomerHealth(customerId, rounded, contributions, missing, now));
    }

    public HealthBand band(int atRiskBelow) {
        return HealthBand.of(score, atRiskBelow);
    }
}
