package com.converge.complaint.config;

import com.converge.complaint.application.port.inbound.CreateComplaintUseCase;
import com.converge.complaint.application.port.inbound.FindComplaintUseCase;
import com.converge.complaint.application.port.outbound.ComplaintEvents;
import com.converge.complaint.application.port.outbound.ComplaintRepository;
import com.converge.complaint.application.service.CreateComplaintService;
import com.converge.complaint.application.service.FindComplaintService;
import com.converge.complaint.domain.SlaTargets;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The application services are plain Java; this is where they meet CDI. */
public class ComplaintWiring {

    @Produces
    @ApplicationScoped
    CreateComplaintUseCase createComplaint(UnitOfWork unitOfWork, ComplaintRepository complaints, ComplaintEvents events,
                                           TimeSource clock) {
        return new CreateComplaintService(unitOfWork, complaints, events, SlaTargets.DEFAULT, clock);
    }

    @Produces
    @ApplicationScoped
    FindComplaintUseCase findComplaint(UnitOfWork unitOfWork, ComplaintRepository complaints) {
        return new FindComplaintService(unitOfWork, complaints);
    }
}
