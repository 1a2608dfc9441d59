package com.converge.booking.application.service;

import com.converge.booking.application.port.inbound.BookingPayments;
import com.converge.booking.application.port.inbound.IssueRefundCommand;
import com.converge.booking.application.port.inbound.PaymentReceipt;
import com.converge.booking.application.port.inbound.PaymentsUseCase;
import com.converge.booking.application.port.inbound.RecordPaymentCommand;
import com.converge.booking.application.port.inbound.RefundReceipt;
import com.converge.booking.application.port.outbound.CreditNotes;
import com.converge.booking.application.port.outbound.CustomerEvents;
import com.converge.booking.application.port.outbound.PaymentAccounts;
import com.converge.booking.application.port.outbound.PaymentEvents;
import com.converge.booking.application.port.outbound.WalletLedger;
import com.converge.booking.domain.invoice.CreditNote;
import com.converge.booking.domain.payment.AdvancePolicy;
import com.converge.booking.domain.payment.Payment;
import com.converge.booking.domain.payment.PaymentAccount;
import com.converge.booking.domain.payment.PaymentMethod;
import com.converge.booking.domain.wallet.WalletEntry;
import com.converge.booking.domain.wallet.WalletReason;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.NotFoundException;
import com.converge.kernel.domain.TimeSource;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Optional;

public class PaymentsService implements PaymentsUseCase {

    private final UnitOfWork unitOfWork;
    private final PaymentAccounts accounts;
    private final CreditNotes creditNotes;
    private final WalletLedger ledger;
    private final CustomerEvents customerEvents;
    private final PaymentEvents events;
    private final Refunding refunding;
    private final AdvancePolicy advancePolicy;
    private final TimeSource clock;

    public PaymentsService(UnitOfWork unitOfWork, PaymentAccounts accounts, CreditNotes creditNotes, WalletLedger ledger,
                           CustomerEvents customerEvents, PaymentEvents events, Refunding refunding,
                           AdvancePolicy advancePolicy, TimeSource clock) {
        this.unitOfWork = unitOfWork;
        this.accounts = accounts;
        this.creditNotes = creditNotes;
        this.ledger = ledger;
        this.customerEvents = customerEvents;
        this.events = events;
        this.refunding = refunding;
        this.advancePolicy = advancePolicy;
        this.clock = clock;
    }

    @Override
    public Uni<PaymentReceipt> record(RecordPaymentCommand command) {
        Instant now = clock.now();
        return unitOfWork.transactionally(() -> locked(command.bookingId(), command.caller()).chain(account -> {
            if (!command.succeeded()) {
                Payment failed = account.fail(command.amount(), command.method(), command.reference(), command.failureReason(),
                        command.caller().subject(), now);
                return accounts.addPayment(failed)
                        .chain(() -> accounts.save(account))
                        .replaceWith(new PaymentReceipt(failed, account));
            }
            Payment payment = account.receive(command.amount(), command.method(), command.reference(),
                    command.caller().subject(), now);
            Uni<Void> wallet = payment.method() == PaymentMethod.WALLET
                    ? WalletPostings.post(ledger, customerEvents, payment.customerId(), WalletEntry.Direction.DEBIT,
                            payment.amount(), WalletReason.BOOKING_PAYMENT, "payment:" + payment.id(), now).replaceWithVoid()
                    : Uni.createFrom().voidItem();
            return wallet
                    .chain(() -> accounts.addPayment(payment))
                    .chain(() -> accounts.save(account))
                    .chain(() -> events.received(payment, account))
                    .replaceWith(new PaymentReceipt(payment, account));
        }));
    }

    @Override
    public Uni<RefundReceipt> refund(IssueRefundCommand command) {
        Instant now = clock.now();
        return unitOfWork.transactionally(() -> locked(command.bookingId(), command.caller()).chain(account -> refunding
                .carryOut(account, account.refund(command.amount(), command.destination(), command.reason(),
                        command.caller().subject(), now), now)
                .map(refund -> new RefundReceipt(refund, account))));
    }

    @Override
    public Uni<BookingPayments> payments(BookingId bookingId, Caller caller) {
        return unitOfWork.reading(() -> visible(bookingId, caller).chain(account -> accounts.payments(bookingId)
                .chain(payments -> accounts.refunds(bookingId).map(refunds -> new BookingPayments(account,
                        advancePolicy.minimumFor(account.total()), payments, refunds)))));
    }

    @Override
    public Uni<CreditNote> creditNote(BookingId bookingId, String refundId, Caller caller) {
        return unitOfWork.reading(() -> accounts.refund(refundId)
                .map(found -> found.filter(refund -> refund.bookingId().equals(bookingId) && caller.mayAccess(refund.customerId()))
                        .orElseThrow(() -> new NotFoundException("refund", refundId)))
                .chain(refund -> creditNotes.findByRefund(refund.id()))
                .map(found -> found.orElseThrow(() -> new NotFoundException("credit note of refund", refundId))));
    }

    private Uni<PaymentAccount> locked(BookingId bookingId, Caller caller) {
        return accounts.lock(bookingId).map(found -> visibleTo(found, caller, bookingId));
    }

    private Uni<PaymentAccount> visible(BookingId bookingId, Caller caller) {
        return accounts.find(bookingId).map(found -> visibleTo(found, caller, bookingId));
    }

    private static PaymentAccount visibleTo(Optional<PaymentAccount> found, Caller caller, BookingId bookingId) {
        return found.filter(account -> caller.mayAccess(account.customerId()))
                .orElseThrow(() -> new NotFoundException("booking", bookingId));
    }
}
