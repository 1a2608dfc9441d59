package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.TriageSuggestion;
import com.converge.kernel.domain.ComplaintId;
import io.smallrye.mutiny.Uni;

public interface FindComplaintTriageUseCase {

    /** What triage suggested when the complaint was raised (404 for a complaint raised before triage). */
    Uni<TriageSuggestion> triage(ComplaintId id);
}
