package com.converge.callqueue.config;

import com.converge.callqueue.application.port.inbound.AgentDashboardUseCase;
import com.converge.callqueue.application.port.inbound.ClaimEntryUseCase;
import com.converge.callqueue.application.port.inbound.DoNotCallUseCase;
import com.converge.callqueue.application.port.inbound.FindEntryUseCase;
import com.converge.callqueue.application.port.inbound.ListQueueEntriesUseCase;
import com.converge.callqueue.application.port.inbound.ReactToComplaintUseCase;
import com.converge.callqueue.application.port.inbound.RecordCallOutcomeUseCase;
import com.converge.callqueue.application.port.inbound.RecordConversionUseCase;
import com.converge.callqueue.application.port.inbound.RegisterLeadUseCase;
import com.converge.callqueue.application.port.inbound.RequestOrderVerificationUseCase;
import com.converge.callqueue.application.port.inbound.ReturnParkedEntriesUseCase;
import com.converge.callqueue.application.port.inbound.ScoringTableUseCase;
import com.converge.callqueue.application.port.outbound.AgentFigures;
import com.converge.callqueue.application.port.outbound.CallLog;
import com.converge.callqueue.application.port.outbound.CallQueueEvents;
import com.converge.callqueue.application.port.outbound.Conversions;
import com.converge.callqueue.application.port.outbound.DoNotCallList;
import com.converge.callqueue.application.port.outbound.QueueEntries;
import com.converge.callqueue.application.port.outbound.ScoreHistory;
import com.converge.callqueue.application.port.outbound.ScoringTables;
import com.converge.callqueue.application.service.AgentDashboardService;
import com.converge.callqueue.application.service.ClaimEntryService;
import com.converge.callqueue.application.service.DoNotCallService;
import com.converge.callqueue.application.service.FindEntryService;
import com.converge.callqueue.application.service.ListQueueEntriesService;
import com.converge.callqueue.application.service.ReactToComplaintService;
import com.converge.callqueue.application.service.RecordCallOutcomeService;
import com.converge.callqueue.application.service.RecordConversionService;
import com.converge.callqueue.application.service.RegisterLeadService;
import com.converge.callqueue.application.service.RequestOrderVerificationService;
import com.converge.callqueue.application.service.ReturnParkedEntriesService;
import com.converge.callqueue.application.service.ScoringTableService;
import com.converge.callqueue.domain.CallingRules;
import com.converge.callqueue.domain.CallingWindow;
import com.converge.callqueue.domain.CommissionSplit;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The application services are plain Java; this is where they meet CDI and the configuration. */
public class CallQueueWiring {

    // records are final, so these are @Singleton (no client proxy) rather than @ApplicationScoped
    @Produces
    @Singleton
    CallingRules callingRules(CallQueueConfig config) {
        var window = config.callingWindow();
        return new CallingRules(new CallingWindow(window.opensAt(), window.closesAt(), window.zone()),
                config.dailyAttemptCap(), config.claimFor(), config.ownerGrace());
    }

    @Produces
    @Singleton
    CommissionSplit commissionSplit(CallQueueConfig config) {
        var commission = config.commission();
        return new CommissionSplit(commission.ratePercent(), commission.primaryPercent(), commission.contributorsPercent());
    }

    @Produces
    @ApplicationScoped
    ReactToComplaintUseCase reactToComplaint(QueueEntries entries, ScoreHistory history, DoNotCallList doNotCall,
                                             CallLog callLog, CallingRules rules, TimeSource clock) {
        return new ReactToComplaintService(entries, history, doNotCall, callLog, rules, clock);
    }

    @Produces
    @ApplicationScoped
    RequestOrderVerificationUseCase requestOrderVerification(QueueEntries entries, ScoreHistory history,
                                                             DoNotCallList doNotCall, CallLog callLog,
                                                             CallingRules rules, TimeSource clock) {
        return new RequestOrderVerificationService(entries, history, doNotCall, callLog, rules, clock);
    }

    @Produces
    @ApplicationScoped
    RegisterLeadUseCase registerLead(QueueEntries entries, ScoreHistory history, DoNotCallList doNotCall,
                                     CallLog callLog, CallingRules rules, TimeSource clock) {
        return new RegisterLeadService(entries, history, doNotCall, callLog, rules, clock);
    }

    @Produces
    @ApplicationScoped
    RecordConversionUseCase recordConversion(QueueEntries entries, CallLog callLog, Conversions conversions,
                                             CallQueueEvents events, CommissionSplit split, TimeSource clock) {
        return new RecordConversionService(entries, callLog, conversions, events, split, clock);
    }

    @Produces
    @ApplicationScoped
    ListQueueEntriesUseCase listQueueEntries(UnitOfWork unitOfWork, QueueEntries entries, TimeSource clock) {
        return new ListQueueEntriesService(unitOfWork, entries, clock);
    }

    @Produces
    @ApplicationScoped
    FindEntryUseCase findEntry(UnitOfWork unitOfWork, QueueEntries entries, ScoreHistory history) {
        return new FindEntryService(unitOfWork, entries, history);
    }

    @Produces
    @ApplicationScoped
    ClaimEntryUseCase claimEntry(UnitOfWork unitOfWork, QueueEntries entries, CallingRules rules, TimeSource clock) {
        return new ClaimEntryService(unitOfWork, entries, rules, clock);
    }

    @Produces
    @ApplicationScoped
    RecordCallOutcomeUseCase recordCallOutcome(UnitOfWork unitOfWork, QueueEntries entries, ScoringTables tables,
                                               ScoreHistory history, CallLog callLog, CallQueueEvents events,
                                               DoNotCallList doNotCall, CallingRules rules, TimeSource clock) {
        return new RecordCallOutcomeService(unitOfWork, entries, tables, history, callLog, events, doNotCall, rules,
                clock);
    }

    @Produces
    @ApplicationScoped
    DoNotCallUseCase doNotCall(UnitOfWork unitOfWork, DoNotCallList list, QueueEntries entries, TimeSource clock) {
        return new DoNotCallService(unitOfWork, list, entries, clock);
    }

    @Produces
    @ApplicationScoped
    ReturnParkedEntriesUseCase returnParkedEntries(UnitOfWork unitOfWork, QueueEntries entries, TimeSource clock) {
        return new ReturnParkedEntriesService(unitOfWork, entries, clock);
    }

    @Produces
    @ApplicationScoped
    ScoringTableUseCase scoringTable(UnitOfWork unitOfWork, ScoringTables tables) {
        return new ScoringTableService(unitOfWork, tables);
    }

    @Produces
    @ApplicationScoped
    AgentDashboardUseCase agentDashboard(UnitOfWork unitOfWork, AgentFigures figures) {
        return new AgentDashboardService(unitOfWork, figures);
    }
}
