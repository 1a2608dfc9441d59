package com.converge.complaint.adapter.inbound.rest;

import com.converge.complaint.domain.TriageSuggestion;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record TriageResponse(@Schema(required = true, description = "low, medium, high or critical", example = "medium") String suggestedPriority,
                             @Schema(required = true, description = "6+ critical, 4+ high, 2+ medium, else low", example = "2") int points,
                             @Schema(required = true, example = """
                                     ["type delay: +1", "referenced purchase worth INR 1770.00: +0", "customer health 89: +0",
                                      "2 complaints in the last 30 days: +1"]""") List<String> reasons) {

    static TriageResponse of(TriageSuggestion suggestion) {
        return new TriageResponse(suggestion.priority().wireName(), suggestion.points(), suggestion.reasons());
    }
}
