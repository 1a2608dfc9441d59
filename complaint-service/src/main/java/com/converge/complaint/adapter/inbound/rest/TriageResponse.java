package com.converge.complaint.adapter.inbound.rest;

import com.converge.complaint.domain.TriageSuggestion;
import java.util.List;

public record TriageResponse(String suggestedPriority, int points, List<String> reasons) {

    static TriageResponse of(TriageSuggestion suggestion) {
        return new TriageResponse(suggestion.priority().wireName(), suggestion.points(), suggestion.reasons());
    }
}
