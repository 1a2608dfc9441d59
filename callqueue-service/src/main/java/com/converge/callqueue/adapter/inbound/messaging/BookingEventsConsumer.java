package com.converge.callqueue.adapter.inbound.messaging;

import com.converge.callqueue.application.port.inbound.RecordConversionUseCase;
import com.converge.callqueue.application.port.inbound.RegisterLeadUseCase;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import com.converge.kernel.events.BookingCancelled;
import com.converge.kernel.events.BookingCreated;
import com.converge.kernel.events.CustomerRegistered;
import com.converge.kernel.events.EventEnvelope;
import com.converge.kernel.events.IntegrationEvent;
import com.converge.kernel.events.RefundIssued;
import com.converge.kernel.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** booking-events, through the inbox: new leads, conversions by booking, and their clawbacks. */
@ApplicationScoped
public class BookingEventsConsumer {

    static final String CONSUMER = "callqueue-service.booking-events";

    private final Inbox inbox;
    private final RegisterLeadUseCase registerLead;
    private final RecordConversionUseCase recordConversion;

    BookingEventsConsumer(Inbox inbox, RegisterLeadUseCase registerLead, RecordConversionUseCase recordConversion) {
        this.inbox = inbox;
        this.registerLead = registerLead;
        this.recordConversion = recordConversion;
    }

    @Incoming("booking-events")
    public Uni<Void> consume(Message<String> message) {
        return inbox.receive(CONSUMER, message, this::handle);
    }

    private Uni<Void> handle(EventEnvelope<? extends IntegrationEvent> event) {
        if (event.data() instanceof CustomerRegistered registered) {
            return registerLead.customerRegistered(new CustomerId(registered.customerId()));
        }
        if (event.data() instanceof BookingCreated booking) {
            return recordConversion.purchased(new RecordConversionUseCase.Purchase(new CustomerId(booking.customerId()),
                    "booking", booking.bookingId(), booking.totalAmount() == null ? null : new Money(booking.totalAmount()),
                    booking.createdAt()));
        }
        if (event.data() instanceof BookingCancelled cancelled) {
            return recordConversion.purchaseReversed("booking", cancelled.bookingId());
        }
        if (event.data() instanceof RefundIssued refund) {
            return recordConversion.purchaseReversed("booking", refund.bookingId());
        }
        return Uni.createFrom().voidItem();
    }
}
