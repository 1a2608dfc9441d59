package com.converge.complaint.application.service;

import com.converge.complaint.application.port.inbound.CreateComplaintCommand;
import com.converge.complaint.application.port.inbound.CreateComplaintUseCase;
import com.converge.complaint.application.port.outbound.ComplaintEvents;
import com.converge.complaint.application.port.outbound.ComplaintRepository;
import com.converge.complaint.domain.Complaint;
import com.converge.complaint.domain.SlaTargets;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.TimeSource;
import io.smallrye.mutiny.Uni;

public class CreateComplaintService implements CreateComplaintUseCase {

    private final UnitOfWork unitOfWork;
    private final ComplaintRepository complaints;
    private final ComplaintEvents events;
    private final SlaTargets targets;
    private final TimeSource clock;

    public CreateComplaintService(UnitOfWork unitOfWork, ComplaintRepository complaints, ComplaintEvents events,
                                  SlaTargets targets, TimeSource clock) {
        this.unitOfWork = unitOfWork;
        this.complaints = complaints;
        this.events = events;
        this.targets = targets;
        this.clock = clock;
    }

    @Override
    public Uni<Complaint> create(CreateComplaintCommand command) {
        Complaint complaint = Complaint.raise(command.customerId(), command.type(), command.priority(),
                command.subject(), command.description(), command.reference(), targets, clock.now());
        return unitOfWork.transactionally(() -> complaints.add(complaint)
                .chain(() -> events.created(complaint))
                .replaceWith(complaint));
    }
}
