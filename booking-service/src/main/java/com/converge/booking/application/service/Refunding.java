package com.converge.booking.application.service;

import com.converge.booking.application.port.outbound.Bookings;
import com.converge.booking.application.port.outbound.CreditNotes;
import com.converge.booking.application.port.outbound.CustomerEvents;
import com.converge.booking.application.port.outbound.Invoices;
import com.converge.booking.application.port.outbound.PaymentAccounts;
import com.converge.booking.application.port.outbound.PaymentEvents;
import com.converge.booking.application.port.outbound.WalletLedger;
import com.converge.booking.domain.StateCode;
import com.converge.booking.domain.invoice.CreditNote;
import com.converge.booking.domain.invoice.FinancialYear;
import com.converge.booking.domain.invoice.InvoiceSeries;
import com.converge.booking.domain.invoice.IssuedInvoice;
import com.converge.booking.domain.invoice.TaxInvoice;
import com.converge.booking.domain.payment.PaymentAccount;
import com.converge.booking.domain.payment.Refund;
import com.converge.booking.domain.wallet.WalletEntry;
import com.converge.booking.domain.wallet.WalletReason;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Optional;

/**
 * Carrying out a refund the account granted, inside the caller's transaction (which holds the
 * booking's lock): the wallet credit when it goes to the wallet, the credit note when the booking was
 * invoiced, the refund row, the account's new amounts and RefundIssued. Shared by support refunds and
 * cancellations.
 */
public final class Refunding {

    private final PaymentAccounts accounts;
    private final Bookings bookings;
    private final Invoices invoices;
    private final CreditNotes creditNotes;
    private final WalletLedger ledger;
    private final CustomerEvents customerEvents;
    private final PaymentEvents events;
    private final InvoiceSeries creditNoteSeries;
    private final StateCode supplierState;

    public Refunding(PaymentAccounts accounts, Bookings bookings, Invoices invoices, CreditNotes creditNotes,
                     WalletLedger ledger, CustomerEvents customerEvents, PaymentEvents events, InvoiceSeries creditNoteSeries,
                     StateCode supplierState) {
        this.accounts = accounts;
        this.bookings = bookings;
        this.invoices = invoices;
        this.creditNotes = creditNotes;
        this.ledger = ledger;
        this.customerEvents = customerEvents;
        this.events = events;
        this.creditNoteSeries = creditNoteSeries;
        this.supplierState = supplierState;
    }

    Uni<Refund> carryOut(PaymentAccount account, Refund granted, Instant now) {
        Uni<Optional<NumberedNote>> note = account.invoiceNumber().isPresent()
                ? creditNote(granted, now).map(Optional::of)
                : Uni.createFrom().item(Optional.empty());
        return note.chain(numbered -> {
            Refund refund = numbered.map(found -> granted.withCreditNote(found.note().number())).orElse(granted);
            Uni<Void> wallet = refund.toWallet()
                    ? WalletPostings.post(ledger, customerEvents, refund.customerId(), WalletEntry.Direction.CREDIT,
                            refund.amount(), WalletReason.REFUND, "refund:" + refund.id(), now).replaceWithVoid()
                    : Uni.createFrom().voidItem();
            return wallet
                    .chain(() -> accounts.addRefund(refund))
                    .chain(() -> numbered.map(found -> creditNotes.add(found.note(), creditNoteSeries, found.sequence()))
                            .orElse(Uni.createFrom().voidItem()))
                    .chain(() -> accounts.save(account))
                    .chain(() -> events.refunded(refund))
                    .replaceWith(refund);
        });
    }

    /** The credit note against the booking's invoice, numbered next in the credit-note series of the year. */
    private Uni<NumberedNote> creditNote(Refund refund, Instant now) {
        FinancialYear year = FinancialYear.containing(now);
        return bookings.findById(refund.bookingId()).map(Optional::orElseThrow)
                .chain(booking -> invoices.findByBooking(booking.id()).map(issued -> TaxInvoice.of(booking, issued.orElseThrow())))
                .chain(invoice -> creditNotes.creditedPerLine(refund.bookingId())
                        .chain(before -> invoices.nextSequence(creditNoteSeries, year).map(sequence -> new NumberedNote(
                                CreditNote.against(invoice, before, refund.amount(), refund.id(),
                                        new IssuedInvoice(creditNoteSeries.number(year, sequence), year, supplierState, now)),
                                sequence))));
    }

    private record NumberedNote(CreditNote note, long sequence) {
    }
}
