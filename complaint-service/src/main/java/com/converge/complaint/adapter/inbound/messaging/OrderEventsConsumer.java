package com.converge.complaint.adapter.inbound.messaging;

import com.converge.complaint.application.port.inbound.RecordCustomerActivityUseCase;
import com.converge.complaint.application.port.inbound.RecordPurchaseCommand;
import com.converge.complaint.application.port.inbound.RecordPurchaseOutcomeCommand;
import com.converge.complaint.application.port.inbound.RecordPurchaseUseCase;
import com.converge.complaint.domain.Purchase;
import com.converge.complaint.domain.PurchaseOutcome;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import com.converge.kernel.events.EventEnvelope;
import com.converge.kernel.events.IntegrationEvent;
import com.converge.kernel.events.OrderCancelled;
import com.converge.kernel.events.OrderDelivered;
import com.converge.kernel.events.OrderPlaced;
import com.converge.kernel.events.OrderReturned;
import com.converge.kernel.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * order-events, through the inbox: orders become referenceable by complaints, and what becomes of
 * them (delivered, cancelled, returned) feeds customer health and milestones.
 */
@ApplicationScoped
public class OrderEventsConsumer {

    static final String CONSUMER = "complaint-service.order-events";

    private final Inbox inbox;
    private final RecordPurchaseUseCase recordPurchase;
    private final RecordCustomerActivityUseCase activity;

    OrderEventsConsumer(Inbox inbox, RecordPurchaseUseCase recordPurchase, RecordCustomerActivityUseCase activity) {
        this.inbox = inbox;
        this.recordPurchase = recordPurchase;
        this.activity = activity;
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
        if (event.data() instanceof OrderDelivered delivered) {
            return progressed(delivered.orderId(), delivered.customerId(), PurchaseOutcome.COMPLETED, delivered.deliveredAt());
        }
        if (event.data() instanceof OrderCancelled cancelled) {
            return progressed(cancelled.orderId(), cancelled.customerId(), PurchaseOutcome.CANCELLED, cancelled.cancelledAt());
        }
        if (event.data() instanceof OrderReturned returned) {
            return progressed(returned.orderId(), returned.customerId(), PurchaseOutcome.RETURNED, returned.returnedAt());
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> progressed(String orderId, long customerId, PurchaseOutcome outcome, Instant at) {
        return activity.purchaseProgressed(new RecordPurchaseOutcomeCommand(Purchase.Kind.ORDER, orderId,
                new CustomerId(customerId), outcome, at));
    }
}
