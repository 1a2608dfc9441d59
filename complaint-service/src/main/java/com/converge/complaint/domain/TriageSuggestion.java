package com.converge.complaint.domain;

import java.util.List;
import java.util.Objects;

/** The priority triage suggests for a new complaint, and the reasons behind it, each with its points. */
public record TriageSuggestion(Priority priority, int points, List<String> reasons) {

    public TriageSuggestion {
        Objects.requireNonNull(priority, "priority");
        reasons = List.copyOf(reasons);
    }
}
