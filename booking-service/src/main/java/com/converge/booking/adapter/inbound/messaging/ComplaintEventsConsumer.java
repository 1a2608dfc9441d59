package com.converge.booking.adapter.inbound.messaging;

import com.converge.booking.application.port.inbound.CompensateCustomerUseCase;
import com.converge.booking.application.port.inbound.CompensationCommand;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import com.converge.kernel.events.ComplaintResolved;
import com.converge.kernel.events.EventEnvelope;
import com.converge.kernel.events.IntegrationEvent;
import com.converge.kernel.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** complaint-events, through the inbox: a complaint resolved with a wallet credit credits the wallet once. */
@ApplicationScoped
public class ComplaintEventsConsumer {

    static final String CONSUMER = "booking-service.complaint-events";

    private final Inbox inbox;
    private final CompensateCustomerUseCase compensateCustomer;

    ComplaintEventsConsumer(Inbox inbox, CompensateCustomerUseCase compensateCustomer) {
        this.inbox = inbox;
        this.compensateCustomer = compensateCustomer;
    }

    @Incoming("complaint-events")
    public Uni<Void> consume(Message<String> message) {
        return inbox.receive(CONSUMER, message, this::handle);
    }

    private Uni<Void> handle(EventEnvelope<? extends IntegrationEvent> event) {
        if (event.data() instanceof ComplaintResolved resolved && ComplaintResolved.WALLET_CREDIT.equals(resolved.compensation())) {
            return compensateCustomer.compensate(new CompensationCommand(new CustomerId(resolved.customerId()),
                    resolved.complaintId(), resolved.compensationAmount() == null ? null : new Money(resolved.compensationAmount()),
                    resolved.bookingId()));
        }
        return Uni.createFrom().voidItem();
    }
}
