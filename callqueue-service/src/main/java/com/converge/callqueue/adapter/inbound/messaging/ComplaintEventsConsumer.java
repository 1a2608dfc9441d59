package com.converge.callqueue.adapter.inbound.messaging;

import com.converge.callqueue.application.port.inbound.AttentionNeededCommand;
import com.converge.callqueue.application.port.inbound.ComplaintRaisedCommand;
import com.converge.callqueue.application.port.inbound.ReactToComplaintUseCase;
import com.converge.callqueue.domain.EntryContext;
import com.converge.callqueue.domain.EntrySource;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.events.ComplaintCreated;
import com.converge.kernel.events.ComplaintEscalated;
import com.converge.kernel.events.CustomerAtRisk;
import com.converge.kernel.events.EventEnvelope;
import com.converge.kernel.events.IntegrationEvent;
import com.converge.kernel.events.SlaBreached;
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
        if (event.data() instanceof ComplaintEscalated escalated) {
            return reactToComplaint.attentionNeeded(new AttentionNeededCommand(new CustomerId(escalated.customerId()),
                    EntryContext.complaint(EntrySource.COMPLAINT_ESCALATED, escalated.complaintId()),
                    "complaint " + escalated.complaintId() + " escalated to level " + escalated.level()));
        }
        if (event.data() instanceof SlaBreached breached) {
            return reactToComplaint.attentionNeeded(new AttentionNeededCommand(new CustomerId(breached.customerId()),
                    EntryContext.complaint(EntrySource.SLA_BREACHED, breached.complaintId()),
                    breached.clock() + " SLA breached on complaint " + breached.complaintId()));
        }
        if (event.data() instanceof CustomerAtRisk atRisk) {
            return reactToComplaint.attentionNeeded(new AttentionNeededCommand(new CustomerId(atRisk.customerId()),
                    EntryContext.customerAtRisk(), "customer at risk: health " + atRisk.score()
                    + (atRisk.reason() == null ? "" : " (" + atRisk.reason() + ")")));
        }
        return Uni.createFrom().voidItem();
    }
}
