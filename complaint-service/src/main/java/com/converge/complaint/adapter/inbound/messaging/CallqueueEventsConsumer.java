package com.converge.complaint.adapter.inbound.messaging;

import com.converge.complaint.application.port.inbound.RecordCallCommand;
import com.converge.complaint.application.port.inbound.RecordCustomerActivityUseCase;
import com.converge.complaint.domain.SupportCall;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.events.CallCompleted;
import com.converge.kernel.events.EventEnvelope;
import com.converge.kernel.events.IntegrationEvent;
import com.converge.kernel.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** callqueue-events, through the inbox: CallCompleted becomes a support interaction and feeds health. */
@ApplicationScoped
public class CallqueueEventsConsumer {

    static final String CONSUMER = "complaint-service.callqueue-events";

    private final Inbox inbox;
    private final RecordCustomerActivityUseCase activity;

    CallqueueEventsConsumer(Inbox inbox, RecordCustomerActivityUseCase activity) {
        this.inbox = inbox;
        this.activity = activity;
    }

    @Incoming("callqueue-events")
    public Uni<Void> consume(Message<String> message) {
        return inbox.receive(CONSUMER, message, this::handle);
    }

    private Uni<Void> handle(EventEnvelope<? extends IntegrationEvent> event) {
        if (event.data() instanceof CallCompleted call) {
            return activity.callCompleted(new RecordCallCommand(new SupportCall(call.callId(), new CustomerId(call.customerId()),
                    call.agentId(), call.queue(), call.outcome(), call.connected(), call.durationSeconds(), call.complaintId(),
                    call.orderId(), call.completedAt())));
        }
        return Uni.createFrom().voidItem();
    }
}
