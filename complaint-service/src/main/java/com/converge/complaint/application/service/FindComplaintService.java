package com.converge.complaint.application.service;

import com.converge.complaint.application.port.inbound.FindComplaintUseCase;
import com.converge.complaint.application.port.outbound.ComplaintRepository;
import com.converge.complaint.domain.Complaint;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.ComplaintId;
import com.converge.kernel.domain.NotFoundException;
import io.smallrye.mutiny.Uni;

public class FindComplaintService implements FindComplaintUseCase {

    private final UnitOfWork unitOfWork;
    private final ComplaintRepository complaints;

    public FindComplaintService(UnitOfWork unitOfWork, ComplaintRepository complaints) {
        this.unitOfWork = unitOfWork;
        this.complaints = complaints;
    }

    @Override
    public Uni<Complaint> find(ComplaintId id, Caller caller) {
        return unitOfWork.reading(() -> complaints.findById(id))
                .map(found -> found
                        .filter(complaint -> caller.mayAccess(complaint.customerId()))
                        .orElseThrow(() -> new NotFoundException("complaint", id)));
    }
}
