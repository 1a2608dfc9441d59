package com.converge.booking.application.port.inbound;

import com.converge.booking.domain.invoice.CreditNote;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.Caller;
import io.smallrye.mutiny.Uni;

/** Paying for bookings and giving money back; a customer sees only their own bookings (others' are 404). */
public interface PaymentsUseCase {

    /**
     * Records a payment: a succeeded one moves the booking's payment status on (a wallet one debits
     * the wallet) and publishes PaymentReceived; a failed one is kept as FAILED. 422 beyond what is due.
     */
    Uni<PaymentReceipt> record(RecordPaymentCommand command);

    /**
     * Refunds up to what was paid and not yet refunded, to the wallet or the original method, with a
     * credit note when the booking was invoiced; publishes RefundIssued.
     */
    Uni<RefundReceipt> refund(IssueRefundCommand command);

    Uni<BookingPayments> payments(BookingId bookingId, Caller caller);

    /** The credit note of the booking's refund issued after invoicing; 404 otherwise. */
    Uni<CreditNote> creditNote(BookingId bookingId, String refundId, Caller caller);
}
