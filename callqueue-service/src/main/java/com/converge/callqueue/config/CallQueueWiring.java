package com.converge.callqueue.config;

import com.converge.callqueue.application.port.inbound.ListQueueEntriesUseCase;
import com.converge.callqueue.application.port.inbound.ReactToComplaintUseCase;
import com.converge.callqueue.application.port.outbound.QueueEntries;
import com.converge.callqueue.application.service.ListQueueEntriesService;
import com.converge.callqueue.application.service.ReactToComplaintService;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The application services are plain Java; this is where they meet CDI. */
public class CallQueueWiring {

    @Produces
    @ApplicationScoped
    ReactToComplaintUseCase reactToComplaint(QueueEntries entries, TimeSource clock) {
        return new ReactToComplaintService(entries, clock);
    }

    @Produces
    @ApplicationScoped
    ListQueueEntriesUseCase listQueueEntries(UnitOfWork unitOfWork, QueueEntries entries, TimeSource clock) {
        return new ListQueueEntriesService(unitOfWork, entries, clock);
    }
}
