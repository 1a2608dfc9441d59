package com.converge.order.adapter.inbound.messaging;

import com.converge.kernel.domain.OrderId;
import com.converge.kernel.events.EventEnvelope;
import com.converge.kernel.events.IntegrationEvent;
import com.converge.kernel.events.OrderVerificationCompleted;
import com.converge.kernel.inbox.Inbox;
import com.converge.order.application.port.inbound.CompleteVerificationUseCase;
import com.converge.order.application.port.inbound.VerificationOutcomeCommand;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** callqueue-events, through the inbox: a verification call's outcome confirms or cancels its order once. */
@ApplicationScoped
public class CallQueueEventsConsumer {

    static final String CONSUMER = "order-service.callqueue-events";

    private final Inbox inbox;
    private final CompleteVerificationUseCase completeVerification;

    CallQueueEventsConsumer(Inbox inbox, CompleteVerificationUseCase completeVerification) {
        this.inbox = inbox;
        this.completeVerification = completeVerification;
    }

    @Incoming("callqueue-events")
    public Uni<Void> consume(Message<String> message) {
        return inbox.receive(CONSUMER, message, this::handle);
    }

    private Uni<Void> handle(EventEnvelope<? extends IntegrationEvent> event) {
        if (event.data() instanceof OrderVerificationCompleted completed) {
            return completeVerification.complete(new VerificationOutcomeCommand(OrderId.of(completed.orderId()),
                    completed.verified(), completed.agentId(), completed.reason()));
        }
        return Uni.createFrom().voidItem();
    }
}
