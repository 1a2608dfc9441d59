package com.converge.complaint.adapter.inbound.messaging;

import com.converge.complaint.application.port.inbound.RecordPurchaseCommand;
import com.converge.complaint.application.port.inbound.RecordPurchaseUseCase;
import com.converge.complaint.domain.Purchase;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import com.converge.kernel.events.EventEnvelope;
import com.converge.kernel.events.IntegrationEvent;
import com.converge.kernel.events.OrderPlaced;
import com.converge.kernel.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** order-events, through the inbox: orders become referenceable by complaints. */
@ApplicationScoped
public class OrderEventsConsumer {

    static final String CONSUMER = "complaint-service.order-events";

    private final Inbox inbox;
    private final RecordPurchaseUseCase recordPurchase;

    OrderEventsConsumer(Inbox inbox, RecordPurchaseUseCase recordPurchase) {
        this.inbox = inbox;
        this.recordPurchase = recordPurchase;
    }

    @Incoming("order-events")
    public Uni<Void> consume(Message<String> message) {
        return inbox.receive(CONSUMER, message, this::handle);
    }

    private Uni<Void> handle(EventEnvelope<? extends IntegrationEvent> event) {
        if (event.data() instanceof OrderPlaced placed) {
            return recordPurchase.record(new RecordPurchaseCommand(new Purchase(placed.orderId(), Purchase.Kind.ORDER,
                    new CustomerId(placed.customerId()), new Money(placed.totalAmount()), placed.placedAt())));
        }
        return Uni.createFrom().voidItem();
    }
}
