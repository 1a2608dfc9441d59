package com.converge.booking.adapter.outbound.messaging;

import com.converge.booking.application.port.outbound.PaymentEvents;
import com.converge.booking.domain.payment.Payment;
import com.converge.booking.domain.payment.PaymentAccount;
import com.converge.booking.domain.payment.Refund;
import com.converge.booking.domain.settlement.SettlementStatement;
import com.converge.kernel.application.Outbox;
import com.converge.kernel.events.PaymentReceived;
import com.converge.kernel.events.ProviderSettled;
import com.converge.kernel.events.RefundIssued;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Maps payments, refunds and settlements to their published contracts and hands them to the outbox. */
@ApplicationScoped
public class OutboxPaymentEvents implements PaymentEvents {

    private final Outbox outbox;

    OutboxPaymentEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Uni<Void> received(Payment payment, PaymentAccount account) {
        return outbox.append(new PaymentReceived(payment.id(), payment.bookingId().toString(), payment.customerId().value(),
                payment.amount().amount(), payment.method().wireName(), account.status().wireName(), payment.receivedAt()));
    }

    @Override
    public Uni<Void> refunded(Refund refund) {
        return outbox.append(new RefundIssued(refund.id(), refund.bookingId().toString(), refund.customerId().value(),
                refund.amount().amount(), refund.destination().wireName(), refund.reason(), refund.creditNoteNumber(),
                refund.issuedAt()));
    }

    @Override
    public Uni<Void> settled(SettlementStatement statement) {
        return outbox.append(new ProviderSettled(statement.id(), statement.providerId().toString(), statement.periodStart(),
                statement.periodEnd(), statement.lines().size(), statement.gross().amount(),
                statement.commission().minus(statement.commissionReversed()).amount(), statement.netPayable().amount(),
                statement.paidAt()));
    }
}
