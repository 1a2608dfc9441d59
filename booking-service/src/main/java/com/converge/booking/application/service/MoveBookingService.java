package com.converge.booking.application.service;

import com.converge.booking.application.port.inbound.MoveBookingUseCase;
import com.converge.booking.application.port.outbound.BookingEvents;
import com.converge.booking.application.port.outbound.CustomerEvents;
import com.converge.booking.application.port.outbound.Customers;
import com.converge.booking.application.port.outbound.Bookings;
import com.converge.booking.application.port.outbound.Invoices;
import com.converge.booking.application.port.outbound.PaymentAccounts;
import com.converge.booking.application.port.outbound.Providers;
import com.converge.booking.application.port.outbound.WalletLedger;
import com.converge.booking.domain.StateCode;
import com.converge.booking.domain.booking.Booking;
import com.converge.booking.domain.booking.BookingStatus;
import com.converge.booking.domain.booking.CancellationPolicy;
import com.converge.booking.domain.invoice.FinancialYear;
import com.converge.booking.domain.invoice.InvoiceSeries;
import com.converge.booking.domain.invoice.IssuedInvoice;
import com.converge.booking.domain.invoice.TaxInvoice;
import com.converge.booking.domain.payment.AdvancePolicy;
import com.converge.booking.domain.payment.PaymentAccount;
import com.converge.booking.domain.payment.Refund;
import com.converge.booking.domain.payment.RefundDestination;
import com.converge.booking.domain.provider.ProviderId;
import com.converge.booking.domain.wallet.ReferralReward;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.IllegalTransitionException;
import com.converge.kernel.domain.Money;
import com.converge.kernel.domain.NotFoundException;
import com.converge.kernel.domain.TimeSource;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

public class MoveBookingService implements MoveBookingUseCase {

    static final String CANCELLATION_REFUND = "booking cancelled";

    private final UnitOfWork unitOfWork;
    private final Bookings bookings;
    private final Providers providers;
    private final Invoices invoices;
    private final BookingEvents events;
    private final InvoiceSeries invoiceSeries;
    private final StateCode supplierState;
    private final CancellationPolicy cancellationPolicy;
    private final ReferralRewards referralRewards;
    private final PaymentAccounts accounts;
    private final AdvancePolicy advancePolicy;
    private final Refunding refunding;
    private final SlotClaims slotClaims;
    private final TimeSource clock;

    public MoveBookingService(UnitOfWork unitOfWork, Bookings bookings, Providers providers, Invoices invoices,
                              BookingEvents events, InvoiceSeries invoiceSeries, StateCode supplierState,
                              CancellationPolicy cancellationPolicy, Customers customers, WalletLedger ledger,
                              CustomerEvents customerEvents, ReferralReward referralReward, PaymentAccounts accounts,
                              AdvancePolicy advancePolicy, Refunding refunding, TimeSource clock) {
        this.unitOfWork = unitOfWork;
        this.bookings = bookings;
        this.providers = providers;
        this.invoices = invoices;
        this.events = events;
        this.invoiceSeries = invoiceSeries;
        this.supplierState = supplierState;
        this.cancellationPolicy = cancellationPolicy;
        this.referralRewards = new ReferralRewards(customers, ledger, customerEvents, referralReward);
        this.accounts = accounts;
        this.advancePolicy = advancePolicy;
        this.refunding = refunding;
        this.slotClaims = new SlotClaims(providers);
        this.clock = clock;
    }

    @Override
    public Uni<Booking> confirm(BookingId id) {
        Instant now = clock.now();
        return unitOfWork.transactionally(() -> locked(id).chain(booking -> {
                    booking.requireMayMoveTo(BookingStatus.CONFIRMED);
                    return account(id).invoke(account -> account.requireAdvance(advancePolicy))
                            .chain(() -> slotClaims.ranked(booking, now))
                            .chain(ranked -> slotClaims.claimFirstFree(ranked, booking.slots(), booking.id()))
                            .map(provider -> {
                                booking.confirm(provider, now);
                                return booking;
                            });
                })
                .call(bookings::update)
                .call(events::confirmed));
    }

    @Override
    public Uni<Booking> reassign(BookingId id, ProviderId provider) {
        Instant now = clock.now();
        return unitOfWork.transactionally(() -> locked(id).chain(booking -> {
                    if (booking.status() != BookingStatus.CONFIRMED) {
                        return Uni.createFrom().failure(new IllegalTransitionException("booking", booking.status().wireName(), "reassigned"));
                    }
                    ProviderId current = booking.provider().orElseThrow();
                    return providers.release(booking.id())
                            .chain(() -> slotClaims.ranked(booking, now))
                            .map(ranked -> ranked.stream()
                                    .filter(candidate -> provider == null ? !candidate.equals(current) : candidate.equals(provider))
                                    .toList())
                            .chain(ranked -> slotClaims.claimFirstFree(ranked, booking.slots(), booking.id()))
                            .map(chosen -> {
                                booking.reassign(chosen);
                                return booking;
                            });
                })
                .call(bookings::update)
                .call(events::confirmed));
    }

    @Override
    public Uni<Booking> start(BookingId id) {
        Instant now = clock.now();
        return unitOfWork.transactionally(() -> locked(id)
                .invoke(booking -> booking.start(now))
                .call(bookings::update));
    }

    @Override
    public Uni<Booking> complete(BookingId id) {
        Instant now = clock.now();
        return unitOfWork.transactionally(() -> locked(id).chain(booking -> {
                    booking.requireMayMoveTo(BookingStatus.COMPLETED);
                    return invoice(booking, number -> booking.complete(number, now), now).replaceWith(booking);
                })
                .call(booking -> referralRewards.rewardIfDue(booking.customerId(), now))
                .call(bookings::update)
                .call(events::completed));
    }

    @Override
    public Uni<Booking> cancel(BookingId id, String reason, RefundDestination refundTo, Caller caller) {
        Instant now = clock.now();
        return unitOfWork.transactionally(() -> locked(id)
                .invoke(booking -> {
                    if (!caller.mayAccess(booking.customerId())) {
                        throw new NotFoundException("booking", id);
                    }
                })
                .call(booking -> account(id).chain(account -> {
                    booking.cancel(reason, caller.subject(), cancellationPolicy, account.refundable(), now);
                    Money kept = booking.cancellation().orElseThrow().kept();
                    // the rest is refunded before what was kept is invoiced: that refund reverses no invoice
                    return providers.release(booking.id())
                            .chain(() -> account.refundOnCancellation(kept, refundTo, CANCELLATION_REFUND, caller.subject(), now)
                                    .map(granted -> refunding.carryOut(account, granted, now).map(Refund::amount))
                                    .orElse(Uni.createFrom().item(Money.ZERO)))
                            .call(() -> kept.isPositive() ? invoice(booking, booking::invoiceKeptFees, now) : Uni.createFrom().voidItem())
                            .call(() -> bookings.update(booking))
                            .chain(refunded -> events.cancelled(booking, refunded));
                }))
                .chain(booking -> bookings.findById(booking.id()).map(Optional::orElseThrow)));
    }

    /**
     * Issues the booking's tax invoice with the next number of the series in the year, in the caller's
     * transaction; {@code numbering} gives the booking its number before the invoice is drawn from it.
     */
    private Uni<Void> invoice(Booking booking, Consumer<String> numbering, Instant now) {
        FinancialYear year = FinancialYear.containing(now);
        return invoices.nextSequence(invoiceSeries, year).chain(sequence -> {
            String number = invoiceSeries.number(year, sequence);
            numbering.accept(number);
            TaxInvoice invoice = TaxInvoice.of(booking, new IssuedInvoice(number, year, supplierState, now));
            return invoices.add(invoice, invoiceSeries, sequence);
        });
    }

    private Uni<PaymentAccount> account(BookingId id) {
        return accounts.lock(id).map(found -> found.orElseThrow(() -> new NotFoundException("booking", id)));
    }

    private Uni<Booking> locked(BookingId id) {
        return bookings.lock(id).map(found -> found.orElseThrow(() -> new NotFoundException("booking", id)));
    }
}
