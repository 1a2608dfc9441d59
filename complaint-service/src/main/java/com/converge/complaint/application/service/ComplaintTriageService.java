package com.converge.complaint.application.service;

import com.converge.complaint.application.port.inbound.FindComplaintTriageUseCase;
import com.converge.complaint.application.port.outbound.ComplaintTriages;
import com.converge.complaint.domain.TriageSuggestion;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.ComplaintId;
import com.converge.kernel.domain.NotFoundException;
import io.smallrye.mutiny.Uni;

public class ComplaintTriageService implements FindComplaintTriageUseCase {

    private final UnitOfWork unitOfWork;
    private final ComplaintTriages triages;

    public ComplaintTriageService(UnitOfWork unitOfWork, ComplaintTriages triages) {
        this.unitOfWork = unitOfWork;
        this.triages = triages;
    }

    @Override
    public Uni<TriageSuggestion> triage(ComplaintId id) {
        return unitOfWork.reading(() -> triages.find(id))
                .map(found -> found.orElseThrow(() -> new NotFoundException("complaint triage", id)));
    }
}
