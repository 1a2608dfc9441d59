package com.converge.complaint.domain;

/** One rule that moved a dimension's value: which, why, and by how many points. */
public record HealthRule(String rule, String description, int points) {
}
