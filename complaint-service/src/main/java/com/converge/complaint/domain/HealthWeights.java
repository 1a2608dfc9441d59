package com.converge.complaint.domain;

import com.converge.kernel.domain.InvalidValueException;
import java.util.EnumMap;
import java.util.Map;

/** How much each dimension counts, 0..100 each; ADMIN sets them, they are stored as data. */
public record HealthWeights(Map<HealthDimension, Integer> weights) {

    public static final int MAX_WEIGHT = 100;
    public static final HealthWeights DEFAULT = new HealthWeights(Map.of(
            HealthDimension.ENGAGEMENT, 30, HealthDimension.SATISFACTION, 25,
            HealthDimension.SUPPORT, 25, HealthDimension.COMMERCIAL, 20));

    public HealthWeights {
        EnumMap<HealthDimension, Integer> copy = new EnumMap<>(HealthDimension.class);
        int total = 0;
        for (HealthDimension dimension : HealthDimension.values()) {
            Integer weight = weights == null ? null : weights.get(dimension);
            if (weight == null) {
                throw new InvalidValueException(dimension.wireName(), "is required");
            }
            if (weight < 0 || weight > MAX_WEIGHT) {
                throw new InvalidValueException(dimension.wireName(), "must be between 0 and " + MAX_WEIGHT);
            }
            copy.put(dimension, weight);
            total += weight;
        }
        if (total == 0) {
            throw new InvalidValueException("weights", "at least one dimension must weigh more than 0");
        }
        weights = Map.copyOf(copy);
    }

    public int of(HealthDimension dimension) {
        return weights.get(dimension);
    }
}
