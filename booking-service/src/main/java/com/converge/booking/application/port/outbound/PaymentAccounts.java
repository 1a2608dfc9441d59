package com.converge.booking.application.port.outbound;

import com.converge.booking.domain.payment.Payment;
import com.converge.booking.domain.payment.PaymentAccount;
import com.converge.booking.domain.payment.Refund;
import com.converge.kernel.domain.BookingId;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;

/** Payments and refunds of bookings, and what each booking has been paid and refunded. */
public interface PaymentAccounts {

    /** The booking's account, holding the booking's lock for the rest of the transaction; empty for an unknown booking. */
    Uni<Optional<PaymentAccount>> lock(BookingId bookingId);

    /** The booking's account without locking, for reading. */
    Uni<Optional<PaymentAccount>> find(BookingId bookingId);

    /** Stores the account's amounts, status and original method. */
    Uni<Void> save(PaymentAccount account);

    Uni<Void> addPayment(Payment payment);

    Uni<Void> addRefund(Refund refund);

    /** The booking's payments, oldest first. */
    Uni<List<Payment>> payments(BookingId bookingId);

    /** The booking's refunds, oldest first. */
    Uni<List<Refund>> refunds(BookingId bookingId);

    Uni<Optional<Refund>> refund(String refundId);
}
