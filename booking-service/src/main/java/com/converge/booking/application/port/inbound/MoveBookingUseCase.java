package com.converge.booking.application.port.inbound;

import com.converge.booking.domain.booking.Booking;
import com.converge.booking.domain.payment.RefundDestination;
import com.converge.booking.domain.provider.ProviderId;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.Caller;
import io.smallrye.mutiny.Uni;

/** The operations team moves a booking along its life cycle; an illegal move is a 409. */
public interface MoveBookingUseCase {

    /**
     * Assigns the best available provider (409 when nobody is) and publishes BookingConfirmed; 422
     * naming {@code advance} until the minimum advance is paid.
     */
    Uni<Booking> confirm(BookingId id);

    Uni<Booking> start(BookingId id);

    /**
     * Issues the tax invoice with the next number of the year, pays the referral reward if this is a
     * referred customer's first completed booking, and publishes BookingCompleted.
     */
    Uni<Booking> complete(BookingId id);

    /**
     * Cancels a pending or confirmed booking under the cancellation policy, frees the provider's
     * slots, refunds what was paid beyond the fee and the charges to {@code refundTo} (RefundIssued),
     * invoices what it kept and publishes BookingCancelled; a customer may cancel only their own (others'
     * are 404).
     */
    Uni<Booking> cancel(BookingId id, String reason, RefundDestination refundTo, Caller caller);

    /**
     * Moves a confirmed booking to {@code provider}, or to the best other available provider when
     * null; 409 when that provider cannot take it or nobody else can. Its old slots are freed.
     */
    Uni<Booking> reassign(BookingId id, ProviderId provider);
}
