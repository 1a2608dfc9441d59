package com.converge.complaint.application.port.outbound;

import com.converge.complaint.domain.TriageSuggestion;
import com.converge.kernel.domain.ComplaintId;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Optional;

public interface ComplaintTriages {

    Uni<Void> save(ComplaintId complaintId, TriageSuggestion suggestion, Instant at);

    Uni<Optional<TriageSuggestion>> find(ComplaintId complaintId);
}
