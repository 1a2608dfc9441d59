package com.converge.callqueue.adapter.inbound.messaging;

import com.converge.callqueue.application.port.inbound.RecordConversionUseCase;
import com.converge.callqueue.application.port.inbound.RequestOrderVerificationUseCase;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import com.converge.kernel.events.EventEnvelope;
import com.converge.kernel.events.IntegrationEvent;
import com.converge.kernel.events.OrderCancelled;
import com.converge.kernel.events.OrderPlaced;
import com.converge.kernel.events.OrderVerificationRequested;
import com.converge.kernel.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** order-events, through the inbox: verification calls, conversions by order, and their clawbacks. */
@ApplicationScoped
public class OrderEventsConsumer {

    static final String CONSUMER = "callqueue-service.order-events";

    private final Inbox inbox;
    private final RequestOrderVerificationUseCase requestVerification;
    private final RecordConversionUseCase recordConversion;

    OrderEventsConsumer(Inbox inbox, RequestOrderVerificationUseCase requestVerification,
                        RecordConversionUseCase recordConversion) {
        this.inbox = inbox;
        this.requestVerification = requestVerification;
        this.recordConversion = recordConversion;
    }

    @Incoming("order-events")
    public Uni<Void> consume(Message<String> message) {
        return inbox.receive(CONSUMER, message, this::handle);
    }

    private Uni<Void> handle(EventEnvelope<? extends IntegrationEvent> event) {
        if (event.data() instanceof OrderVerificationRequested requested) {
            return requestVerification.verificationRequested(new RequestOrderVerificationUseCase.VerificationRequest(
                    new CustomerId(requested.customerId()), requested.orderId(), requested.orderNumber()));
        }
        if (event.data() instanceof OrderPlaced placed) {
            return recordConversion.purchased(new RecordConversionUseCase.Purchase(new CustomerId(placed.customerId()),
                    "order", placed.orderId(), placed.totalAmount() == null ? null : new Money(placed.totalAmount()),
                    placed.placedAt()));
        }
        if (event.data() instanceof OrderCancelled cancelled) {
            return recordConversion.purchaseReversed("order", cancelled.orderId());
        }
        return Uni.createFrom().voidItem();
    }
}
