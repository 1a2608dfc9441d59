package com.converge.complaint.adapter.inbound.messaging;

import com.converge.complaint.application.port.inbound.RecordCustomerActivityUseCase;
import com.converge.complaint.application.port.inbound.RecordPurchaseCommand;
import com.converge.complaint.application.port.inbound.RecordPurchaseOutcomeCommand;
import com.converge.complaint.application.port.inbound.RecordPurchaseUseCase;
import com.converge.complaint.application.port.inbound.RecordReferralCommand;
import com.converge.complaint.domain.Purchase;
import com.converge.complaint.domain.PurchaseOutcome;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import com.converge.kernel.events.BookingCancelled;
import com.converge.kernel.events.BookingCompleted;
import com.converge.kernel.events.BookingCreated;
import com.converge.kernel.events.EventEnvelope;
import com.converge.kernel.events.IntegrationEvent;
import com.converge.kernel.events.RefundIssued;
import com.converge.kernel.events.WalletCredited;
import com.converge.kernel.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * booking-events, through the inbox: bookings become referenceable by complaints, and what becomes
 * of them (completed, cancelled, refunded) and referral rewards feed customer health and milestones.
 */
@ApplicationScoped
public class BookingEventsConsumer {

    static final String CONSUMER = "complaint-service.booking-events";
    /** WalletCredited's reason for a referral reward (booking-service's WalletReason.REFERRAL). */
    static final String REFERRAL = "referral";

    private final Inbox inbox;
    private final RecordPurchaseUseCase recordPurchase;
    private final RecordCustomerActivityUseCase activity;

    BookingEventsConsumer(Inbox inbox, RecordPurchaseUseCase recordPurchase, RecordCustomerActivityUseCase activity) {
        this.inbox = inbox;
        this.recordPurchase = recordPurchase;
        this.activity = activity;
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
        if (event.data() instanceof BookingCompleted completed) {
            return progressed(completed.bookingId(), completed.customerId(), PurchaseOutcome.COMPLETED, completed.completedAt());
        }
        if (event.data() instanceof BookingCancelled cancelled) {
            return progressed(cancelled.bookingId(), cancelled.customerId(), PurchaseOutcome.CANCELLED, cancelled.cancelledAt());
        }
        if (event.data() instanceof RefundIssued refund) {
            return progressed(refund.bookingId(), refund.customerId(), PurchaseOutcome.REFUNDED, refund.issuedAt());
        }
        if (event.data() instanceof WalletCredited credit && REFERRAL.equals(credit.reason())) {
            return activity.referralRewarded(new RecordReferralCommand(new CustomerId(credit.customerId()), credit.entryId(),
                    credit.creditedAt()));
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> progressed(String bookingId, long customerId, PurchaseOutcome outcome, Instant at) {
        return activity.purchaseProgressed(new RecordPurchaseOutcomeCommand(Purchase.Kind.BOOKING, bookingId,
                new CustomerId(customerId), outcome, at));
    }
}
