package com.converge.booking.application.service;

import com.converge.booking.application.port.inbound.RescheduleBookingCommand;
import com.converge.booking.application.port.inbound.RescheduleBookingUseCase;
import com.converge.booking.application.port.outbound.BookingEvents;
import com.converge.booking.application.port.outbound.Bookings;
import com.converge.booking.application.port.outbound.PaymentAccounts;
import com.converge.booking.application.port.outbound.Providers;
import com.converge.booking.domain.booking.Booking;
import com.converge.booking.domain.booking.CancellationPolicy;
import com.converge.booking.domain.booking.Charge;
import com.converge.booking.domain.booking.Reschedule;
import com.converge.booking.domain.booking.ReschedulePolicy;
import com.converge.booking.domain.provider.ProviderId;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.Money;
import com.converge.kernel.domain.NotFoundException;
import com.converge.kernel.domain.TimeSource;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public class RescheduleBookingService implements RescheduleBookingUseCase {

    private final UnitOfWork unitOfWork;
    private final Bookings bookings;
    private final Providers providers;
    private final PaymentAccounts accounts;
    private final BookingEvents events;
    private final ReschedulePolicy policy;
    private final CancellationPolicy cancellationPolicy;
    private final SlotClaims slotClaims;
    private final TimeSource clock;

    public RescheduleBookingService(UnitOfWork unitOfWork, Bookings bookings, Providers providers, PaymentAccounts accounts,
                                    BookingEvents events, ReschedulePolicy policy, CancellationPolicy cancellationPolicy,
                                    TimeSource clock) {
        this.unitOfWork = unitOfWork;
        this.bookings = bookings;
        this.providers = providers;
        this.accounts = accounts;
        this.events = events;
        this.policy = policy;
        this.cancellationPolicy = cancellationPolicy;
        this.slotClaims = new SlotClaims(providers);
        this.clock = clock;
    }

    @Override
    public Uni<Booking> reschedule(RescheduleBookingCommand command) {
        Instant now = clock.now();
        return unitOfWork.transactionally(() -> bookings.lock(command.bookingId())
                .map(found -> found.filter(booking -> command.caller().mayAccess(booking.customerId()))
                        .orElseThrow(() -> new NotFoundException("booking", command.bookingId())))
                .chain(booking -> {
                    Reschedule made = booking.reschedule(command.to(), command.caller().subject(), policy, cancellationPolicy, now);
                    Uni<Void> providerMoved = booking.provider().map(current -> moveProvider(booking, current, now))
                            .orElse(Uni.createFrom().voidItem());
                    return providerMoved.chain(() -> bookings.rescheduled(booking, made))
                            .chain(() -> chargeFee(booking));
                })
                .call(events::rescheduled));
    }

    /**
     * A fee inside the window is owed at once on the booking's payment account (with its GST, as the
     * invoice will show it); the customer pays it like the rest of the booking.
     */
    private Uni<Booking> chargeFee(Booking booking) {
        Money fee = booking.lastReschedule().map(Reschedule::fee).orElse(Money.ZERO);
        if (!fee.isPositive()) {
            return Uni.createFrom().item(booking);
        }
        Charge charge = booking.charges().get(booking.charges().size() - 1);
        // the booking is read again to answer with the payment status the charge moved
        return accounts.lock(booking.id())
                .map(Optional::orElseThrow)
                .invoke(account -> account.charge(charge.tax().total()))
                .chain(accounts::save)
                .chain(() -> bookings.findById(booking.id()))
                .map(Optional::orElseThrow);
    }

    /**
     * Frees the booking's old slots and claims the new ones, from the same provider when they can
     * take them, else from the best other. The provider's calendar is held first, so reschedules and
     * confirmations touching their slots queue rather than deadlock between release and claim.
     */
    private Uni<Void> moveProvider(Booking booking, ProviderId current, Instant now) {
        return providers.lockCalendar(current)
                .chain(() -> providers.release(booking.id()))
                .chain(() -> slotClaims.ranked(booking, now))
                .map(ranked -> sameProviderFirst(ranked, current))
                .chain(ranked -> slotClaims.claimFirstFree(ranked, booking.slots(), booking.id()))
                .chain(chosen -> {
                    if (chosen.equals(current)) {
                        return Uni.createFrom().voidItem();
                    }
                    booking.reassign(chosen);
                    return bookings.update(booking).chain(() -> events.confirmed(booking));
                });
    }

    private static List<ProviderId> sameProviderFirst(List<ProviderId> ranked, ProviderId current) {
        List<ProviderId> ordered = new ArrayList<>(ranked);
        if (ordered.remove(current)) {
            ordered.add(0, current);
        }
        return ordered;
    }
}
