package com.converge.complaint.adapter.inbound.messaging;

import com.converge.complaint.application.port.inbound.RecordPurchaseCommand;
import com.converge.complaint.application.port.inbound.RecordPurchaseUseCase;
import com.converge.complaint.domain.Purchase;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import com.converge.kernel.events.BookingCreated;
import com.converge.kernel.events.EventEnvelope;
import com.converge.kernel.events.IntegrationEvent;
import com.converge.kernel.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** booking-events, through the inbox: bookings become referenceable by complaints. */
@ApplicationScoped
public class BookingEventsConsumer {

    static final String CONSUMER = "complaint-service.booking-events";

    private final Inbox inbox;
    private final RecordPurchaseUseCase recordPurchase;

    BookingEventsConsumer(Inbox inbox, RecordPurchaseUseCase recordPurchase) {
        this.inbox = inbox;
        this.recordPurchase = recordPurchase;
    }

    @Incoming("booking-events")
    public Uni<Void> consume(Message<String> message) {
        return inbox.receive(CONSUMER, message, this::handle);
    }

    private Uni<Void> handle(EventEnvelope<? extends IntegrationEvent> event) {
        if (event.data() instanceof BookingCreated created) {
            return recordPurchase.record(new RecordPurchaseCommand(new Purchase(created.bookingId(), Purchase.Kind.BOOKING,
                    new CustomerId(created.customerId()), new Money(created.totalAmount()), created.createdAt())));
        }
        return Uni.createFrom().voidItem();
    }
}
