package com.converge.complaint.domain;

import java.util.List;

/**
 * What one dimension added to the score: its value, its configured weight, that weight
 * renormalised over the dimensions that had data, and the points it gave (value x renormalised weight).
 */
public record HealthContribution(HealthDimension dimension, int value, int weight, double renormalisedWeight,
                                 double points, List<HealthRule> rules) {
}
