package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.application.port.inbound.BookingPayments;
import com.converge.booking.domain.payment.Payment;
import com.converge.booking.domain.payment.PaymentAccount;
import com.converge.booking.domain.payment.Refund;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A booking's payment account, with its payments and refunds when listed. */
public record PaymentsResponse(String bookingId, String paymentStatus, BigDecimal totalAmount, BigDecimal minimumAdvance,
                               BigDecimal paidAmount, BigDecimal refundedAmount, BigDecimal dueAmount,
                               List<PaymentLine> payments, List<RefundLine> refunds,
                               @Schema(description = "Fees charged on top of the total (reschedules inside the window), GST "
                                       + "included; dueAmount counts them") BigDecimal chargesAmount) {

    public record PaymentLine(String id, BigDecimal amount, String method, String outcome, String reference,
                              String failureReason, String recordedBy, Instant receivedAt) {

        static PaymentLine of(Payment payment) {
            return new PaymentLine(payment.id(), payment.amount().amount(), payment.method().wireName(),
                    payment.outcome().name().toLowerCase(), payment.reference(), payment.failureReason(), payment.recordedBy(),
                    payment.receivedAt());
        }
    }

    public record RefundLine(String id, BigDecimal amount, String destination, String method, String reason, String issuedBy,
                             Instant issuedAt, String creditNoteNumber) {

        static RefundLine of(Refund refund) {
            return new RefundLine(refund.id(), refund.amount().amount(), refund.destination().wireName(),
                    refund.method().wireName(), refund.reason(), refund.issuedBy(), refund.issuedAt(), refund.creditNoteNumber());
        }
    }

    static PaymentsResponse of(BookingPayments payments) {
        PaymentAccount account = payments.account();
        return new PaymentsResponse(account.bookingId().toString(), account.status().wireName(), account.total().amount(),
                payments.minimumAdvance().amount(), account.paid().amount(), account.refunded().amount(),
                account.due().amount(), payments.payments().stream().map(PaymentLine::of).toList(),
                payments.refunds().stream().map(RefundLine::of).toList(), account.charges().amount());
    }

    /** A recorded payment or refund answers with the account after it and that one line. */
    static PaymentsResponse after(PaymentAccount account, List<PaymentLine> payments, List<RefundLine> refunds) {
        return new PaymentsResponse(account.bookingId().toString(), account.status().wireName(), account.total().amount(),
                null, account.paid().amount(), account.refunded().amount(), account.due().amount(), payments, refunds,
                account.charges().amount());
    }
}
