package com.converge.complaint.config;

import com.converge.complaint.application.port.inbound.FindComplaintTriageUseCase;
import com.converge.complaint.application.port.inbound.ManageHealthWeightsUseCase;
import com.converge.complaint.application.port.inbound.ReadCustomerHealthUseCase;
import com.converge.complaint.application.port.inbound.RecordCustomerActivityUseCase;
import com.converge.complaint.application.port.inbound.RefreshCustomerHealthUseCase;
import com.converge.complaint.application.port.outbound.ComplaintTriages;
import com.converge.complaint.application.port.outbound.CustomerHealthEvents;
import com.converge.complaint.application.port.outbound.CustomerHealthRecords;
import com.converge.complaint.application.port.outbound.CustomerMilestones;
import com.converge.complaint.application.port.outbound.HealthWeightSettings;
import com.converge.complaint.application.port.outbound.Purchases;
import com.converge.complaint.application.port.outbound.SupportInteractions;
import com.converge.complaint.application.service.ComplaintTriageService;
import com.converge.complaint.application.service.CustomerActivityService;
import com.converge.complaint.application.service.CustomerHealthService;
import com.converge.complaint.application.service.HealthWeightsService;
import com.converge.complaint.domain.HealthAlertPolicy;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.time.ZoneId;

/** Customer health, milestones, support interactions and triage: the application services meet CDI here. */
public class CustomerHealthWiring {

    /** A record cannot be proxied, so not @ApplicationScoped. */
    @Produces
    @Singleton
    HealthAlertPolicy healthAlertPolicy(CustomerHealthConfig config) {
        return new HealthAlertPolicy(config.changeThreshold(), config.atRiskBelow(), config.dropPoints(), config.dropWindow());
    }

    @Produces
    @ApplicationScoped
    RecordCustomerActivityUseCase recordCustomerActivity(Purchases purchases, CustomerMilestones milestones,
                                                         SupportInteractions interactions, CustomerHealthRecords health,
                                                         TimeSource clock) {
        return new CustomerActivityService(purchases, milestones, interactions, health, clock);
    }

    /** Typed to the class alone: the use cases it implements are produced one by one below. */
    @Produces
    @ApplicationScoped
    @Typed(CustomerHealthService.class)
    CustomerHealthService customerHealth(UnitOfWork unitOfWork, CustomerHealthRecords records, HealthWeightSettings weights,
                                         CustomerHealthEvents events, CustomerMilestones milestones,
                                         SupportInteractions interactions, HealthAlertPolicy alerts,
                                         CustomerHealthConfig config, TimeSource clock) {
        return new CustomerHealthService(unitOfWork, records, weights, events, milestones, interactions, alerts,
                ZoneId.of(config.timeZone()), config.batchSize(), clock);
    }

    @Produces
    @ApplicationScoped
    RefreshCustomerHealthUseCase refreshCustomerHealth(CustomerHealthService health) {
        return health;
    }

    @Produces
    @ApplicationScoped
    ReadCustomerHealthUseCase readCustomerHealth(CustomerHealthService health) {
        return health;
    }

    @Produces
    @ApplicationScoped
    ManageHealthWeightsUseCase manageHealthWeights(UnitOfWork unitOfWork, HealthWeightSettings settings,
                                                   CustomerHealthRecords records, TimeSource clock) {
        return new HealthWeightsService(unitOfWork, settings, records, clock);
    }

    @Produces
    @ApplicationScoped
    FindComplaintTriageUseCase findComplaintTriage(UnitOfWork unitOfWork, ComplaintTriages triages) {
        return new ComplaintTriageService(unitOfWork, triages);
    }
}
