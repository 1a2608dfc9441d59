package com.converge.order.adapter.inbound.messaging;

import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Money;
import com.converge.kernel.domain.OrderId;
import com.converge.kernel.events.ComplaintResolved;
import com.converge.kernel.events.EventEnvelope;
import com.converge.kernel.events.IntegrationEvent;
import com.converge.kernel.inbox.Inbox;
import com.converge.order.application.port.inbound.RefundCommand;
import com.converge.order.application.port.inbound.RefundOrderUseCase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** complaint-events, through the inbox: a complaint resolved with an order refund refunds that order once. */
@ApplicationScoped
public class ComplaintEventsConsumer {

    static final String CONSUMER = "order-service.complaint-events";

    private final Inbox inbox;
    private final RefundOrderUseCase refundOrder;

    ComplaintEventsConsumer(Inbox inbox, RefundOrderUseCase refundOrder) {
        this.inbox = inbox;
        this.refundOrder = refundOrder;
    }

    @Incoming("complaint-events")
    public Uni<Void> consume(Message<String> message) {
        return inbox.receive(CONSUMER, message, this::handle);
    }

    private Uni<Void> handle(EventEnvelope<? extends IntegrationEvent> event) {
        if (event.data() instanceof ComplaintResolved resolved && ComplaintResolved.ORDER_REFUND.equals(resolved.compensation())) {
            if (resolved.orderId() == null || resolved.compensationAmount() == null) {
                throw new InvalidValueException("orderId", "an order refund names the order and the amount");
            }
            // keyed by the complaint: a second resolution event of the same complaint does not refund again
            return refundOrder.refund(new RefundCommand(OrderId.of(resolved.orderId()), new Money(resolved.compensationAmount()),
                    "complaint " + resolved.complaintId() + " resolved",
                    "complaint:" + resolved.complaintId(), "complaint-service:" + resolved.resolvedBy())).replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }
}
