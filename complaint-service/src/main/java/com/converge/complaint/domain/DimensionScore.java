package com.converge.complaint.domain;

import java.util.List;

/** A dimension's value 0..100 and the rules that produced it. */
public record DimensionScore(HealthDimension dimension, int value, List<HealthRule> rules) {

    public DimensionScore {
        value = Math.max(0, Math.min(100, value));
        rules = List.copyOf(rules);
    }
}
