package com.converge.complaint.config;

import com.converge.complaint.application.port.inbound.AddComplaintUpdateUseCase;
import com.converge.complaint.application.port.inbound.AssignComplaintUseCase;
import com.converge.complaint.application.port.inbound.ChangeComplaintStatusUseCase;
import com.converge.complaint.application.port.inbound.ChangePriorityUseCase;
import com.converge.complaint.application.port.inbound.CreateComplaintUseCase;
import com.converge.complaint.application.port.inbound.FindComplaintUseCase;
import com.converge.complaint.application.port.inbound.ListComplaintsUseCase;
import com.converge.complaint.application.port.inbound.ManageCustomerSegmentsUseCase;
import com.converge.complaint.application.port.inbound.ManageSlaPoliciesUseCase;
import com.converge.complaint.application.port.inbound.ManageSupportTeamsUseCase;
import com.converge.complaint.application.port.inbound.ReportCsatUseCase;
import com.converge.complaint.application.port.inbound.ReportSlaComplianceUseCase;
import com.converge.complaint.application.port.inbound.RateComplaintUseCase;
import com.converge.complaint.application.port.inbound.ReadComplaintHistoryUseCase;
import com.converge.complaint.application.port.inbound.RecordPurchaseUseCase;
import com.converge.complaint.application.port.inbound.ResolveComplaintUseCase;
import com.converge.complaint.application.port.inbound.RunSlaMonitorUseCase;
import com.converge.complaint.application.port.outbound.ComplaintEvents;
import com.converge.complaint.application.port.outbound.ComplaintIntake;
import com.converge.complaint.application.port.outbound.ComplaintRepository;
import com.converge.complaint.application.port.outbound.ComplaintThread;
import com.converge.complaint.application.port.outbound.ComplaintReports;
import com.converge.complaint.application.port.outbound.ComplaintTriages;
import com.converge.complaint.application.port.outbound.CustomerHealthRecords;
import com.converge.complaint.application.port.outbound.CustomerSegments;
import com.converge.complaint.application.port.outbound.Purchases;
import com.converge.complaint.application.port.outbound.SupportTeams;
import com.converge.complaint.application.port.outbound.SlaPolicies;
import com.converge.complaint.application.service.ComplaintStore;
import com.converge.complaint.application.service.ComplaintThreadService;
import com.converge.complaint.application.service.ComplaintWorkflowService;
import com.converge.complaint.application.service.CreateComplaintService;
import com.converge.complaint.application.service.CsatReportService;
import com.converge.complaint.application.service.CustomerSegmentService;
import com.converge.complaint.application.service.SlaComplianceService;
import com.converge.complaint.application.service.SupportTeamService;
import com.converge.complaint.application.service.FindComplaintService;
import com.converge.complaint.application.service.ListComplaintsService;
import com.converge.complaint.application.service.RecordPurchaseService;
import com.converge.complaint.application.service.SlaMonitorService;
import com.converge.complaint.application.service.SlaPolicyService;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;

/** The application services are plain Java; this is where they meet CDI. */
public class ComplaintWiring {

    @Produces
    @ApplicationScoped
    CreateComplaintUseCase createComplaint(UnitOfWork unitOfWork, ComplaintRepository complaints, ComplaintEvents events,
                                           ComplaintIntake intake, Purchases purchases,
                                           CustomerHealthRecords health, ComplaintTriages triages,
                                           CustomerHealthConfig healthConfig, TimeSource clock) {
        return new CreateComplaintService(unitOfWork, complaints, events, intake, purchases, health,
                triages, healthConfig.atRiskBelow(), clock);
    }

    @Produces
    @ApplicationScoped
    ListComplaintsUseCase listComplaints(ComplaintStore store, ComplaintRepository complaints) {
        return new ListComplaintsService(store, complaints);
    }

    @Produces
    @ApplicationScoped
    ManageSlaPoliciesUseCase manageSlaPolicies(UnitOfWork unitOfWork, SlaPolicies policies) {
        return new SlaPolicyService(unitOfWork, policies);
    }

    @Produces
    @ApplicationScoped
    RecordPurchaseUseCase recordPurchase(Purchases purchases, CustomerHealthRecords health, TimeSource clock) {
        return new RecordPurchaseService(purchases, health, clock);
    }

    @Produces
    @ApplicationScoped
    ComplaintStore complaintStore(UnitOfWork unitOfWork, ComplaintRepository complaints, ComplaintThread thread,
                                  ComplaintEvents events, CustomerHealthRecords health, TimeSource clock) {
        return new ComplaintStore(unitOfWork, complaints, thread, events, health, clock);
    }

    @Produces
    @ApplicationScoped
    FindComplaintUseCase findComplaint(ComplaintStore store) {
        return new FindComplaintService(store);
    }

    /** Typed to the class alone: the use cases it implements are produced one by one below. */
    @Produces
    @ApplicationScoped
    @Typed(ComplaintWorkflowService.class)
    ComplaintWorkflowService complaintWorkflow(ComplaintStore store) {
        return new ComplaintWorkflowService(store);
    }

    @Produces
    @ApplicationScoped
    AssignComplaintUseCase assignComplaint(ComplaintWorkflowService workflow) {
        return workflow;
    }

    @Produces
    @ApplicationScoped
    ChangeComplaintStatusUseCase changeComplaintStatus(ComplaintWorkflowService workflow) {
        return workflow;
    }

    @Produces
    @ApplicationScoped
    ChangePriorityUseCase changePriority(ComplaintWorkflowService workflow) {
        return workflow;
    }

    @Produces
    @ApplicationScoped
    RateComplaintUseCase rateComplaint(ComplaintWorkflowService workflow) {
        return workflow;
    }

    @Produces
    @ApplicationScoped
    ResolveComplaintUseCase resolveComplaint(ComplaintWorkflowService workflow) {
        return workflow;
    }

    @Produces
    @ApplicationScoped
    @Typed(ComplaintThreadService.class)
    ComplaintThreadService complaintThread(ComplaintStore store, ComplaintThread thread) {
        return new ComplaintThreadService(store, thread);
    }

    @Produces
    @ApplicationScoped
    AddComplaintUpdateUseCase addComplaintUpdate(ComplaintThreadService thread) {
        return thread;
    }

    @Produces
    @ApplicationScoped
    ReadComplaintHistoryUseCase readComplaintHistory(ComplaintThreadService thread) {
        return thread;
    }

    @Produces
    @ApplicationScoped
    RunSlaMonitorUseCase runSlaMonitor(ComplaintStore store, ComplaintRepository complaints, SlaMonitorConfig config) {
        return new SlaMonitorService(store, complaints, config.batchSize());
    }

    @Produces
    @ApplicationScoped
    ManageCustomerSegmentsUseCase manageCustomerSegments(UnitOfWork unitOfWork, CustomerSegments segments, TimeSource clock) {
        return new CustomerSegmentService(unitOfWork, segments, clock);
    }

    @Produces
    @ApplicationScoped
    ManageSupportTeamsUseCase manageSupportTeams(UnitOfWork unitOfWork, SupportTeams teams, TimeSource clock) {
        return new SupportTeamService(unitOfWork, teams, clock);
    }

    @Produces
    @ApplicationScoped
    ReportSlaComplianceUseCase reportSlaCompliance(UnitOfWork unitOfWork, ComplaintReports reports, SlaPolicies policies,
                                                   SupportTeams teams, TimeSource clock) {
        return new SlaComplianceService(unitOfWork, reports, policies, teams, clock);
    }

    @Produces
    @ApplicationScoped
    ReportCsatUseCase reportCsat(UnitOfWork unitOfWork, ComplaintReports reports) {
        return new CsatReportService(unitOfWork, reports);
    }
}
