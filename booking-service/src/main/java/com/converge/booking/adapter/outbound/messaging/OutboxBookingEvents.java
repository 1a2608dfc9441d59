package com.converge.booking.adapter.outbound.messaging;

import com.converge.booking.application.port.outbound.BookingEvents;
import com.converge.booking.domain.booking.Booking;
import com.converge.booking.domain.booking.Cancellation;
import com.converge.booking.domain.booking.Reschedule;
import com.converge.booking.domain.provider.ProviderId;
import com.converge.kernel.application.Outbox;
import com.converge.kernel.domain.Money;
import com.converge.kernel.events.BookingCancelled;
import com.converge.kernel.events.BookingCompleted;
import com.converge.kernel.events.BookingConfirmed;
import com.converge.kernel.events.BookingCreated;
import com.converge.kernel.events.BookingRescheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Maps bookings to their published contracts and hands them to the outbox. */
@ApplicationScoped
public class OutboxBookingEvents implements BookingEvents {

    private final Outbox outbox;

    OutboxBookingEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Uni<Void> created(Booking booking) {
        return outbox.append(new BookingCreated(booking.id().toString(), booking.customerId().value(), booking.items().size(),
                booking.total().amount(), booking.pincode().value(), booking.firstSlot().startsAt(), booking.createdAt()));
    }

    @Override
    public Uni<Void> confirmed(Booking booking) {
        return outbox.append(new BookingConfirmed(booking.id().toString(), booking.customerId().value(),
                booking.provider().map(ProviderId::toString).orElseThrow(), booking.confirmedAt()));
    }

    @Override
    public Uni<Void> completed(Booking booking) {
        return outbox.append(new BookingCompleted(booking.id().toString(), booking.customerId().value(),
                booking.provider().map(ProviderId::toString).orElseThrow(), booking.total().amount(),
                booking.invoiceNumber().orElseThrow(), booking.completedAt()));
    }

    @Override
    public Uni<Void> cancelled(Booking booking, Money refunded) {
        Cancellation cancellation = booking.cancellation().orElseThrow();
        return outbox.append(new BookingCancelled(booking.id().toString(), booking.customerId().value(), cancellation.reason(),
                cancellation.cancelledBy(), cancellation.fee().amount(), refunded.amount(), booking.invoiceNumber().orElse(null),
                booking.cancelledAt()));
    }

    @Override
    public Uni<Void> rescheduled(Booking booking) {
        Reschedule last = booking.lastReschedule().orElseThrow();
        return outbox.append(new BookingRescheduled(booking.id().toString(), booking.customerId().value(),
                last.from().startsAt(), last.to().startsAt(), last.rescheduledBy(), last.fee().amount(), last.number(),
                last.rescheduledAt()));
    }
}
