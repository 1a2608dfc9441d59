package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.ComplaintDetails;
import com.converge.complaint.domain.TriageSuggestion;

public record CreatedComplaint(ComplaintDetails details, TriageSuggestion triage) {
}
