package com.converge.callqueue.adapter.inbound.messaging;

import com.converge.callqueue.application.port.inbound.ComplaintRaisedCommand;
import com.converge.callqueue.application.port.inbound.ReactToComplaintUseCase;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.events.ComplaintCreated;
import com.converge.kernel.events.EventEnvelope;
import com.converge.kernel.events.IntegrationEvent;
import com.converge.kernel.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** complaint-events, through the inbox: each event has its effect once. */
@ApplicationScoped
public class ComplaintEventsConsumer {

    static final String CONSUMER = "callqueue-service.complaint-events";

    private final Inbox inbox;
    private final ReactToComplaintUseCase reactToComplaint;

    ComplaintEventsConsumer(Inbox inbox, ReactToComplaintUseCase reactToComplaint) {
        this.inbox = inbox;
        this.reactToComplaint = reactToComplaint;
    }

    @Incoming("complaint-events")
    public Uni<Void> consume(Message<String> message) {
        return inbox.receive(CONSUMER, message, this::handle);
    }

    private Uni<Void> handle(EventEnvelope<? extends IntegrationEvent> event) {
        if (event.data() instanceof ComplaintCreated created) {
            return reactToComplaint.complaintRaised(new ComplaintRaisedCommand(
                    new CustomerId(created.customerId()), created.complaintId(), created.priority(), created.createdAt()));
        }
        return Uni.createFrom().voidItem();
    }
}
