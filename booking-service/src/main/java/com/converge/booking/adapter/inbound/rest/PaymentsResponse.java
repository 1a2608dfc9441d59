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
public record PaymentsResponse(@Schema(example = "01a220e3-e928-71c1-b714-9d439536b321") String bookingId,
                               @Schema(example = "refunded") String paymentStatus,
                               @Schema(description = "The items with their GST", example = "706.82") BigDecimal totalAmount,
                               @Schema(description = "What must be paid before the booking can be confirmed; only when listed",
                                       example = "141.36") BigDecimal minimumAdvance,
                               @Schema(example = "765.82") BigDecimal paidAmount,
                               @Schema(example = "150.00") BigDecimal refundedAmount,
                               @Schema(example = "0.00") BigDecimal dueAmount,
                               List<PaymentLine> payments, List<RefundLine> refunds,
                               @Schema(description = "Fees charged on top of the total (reschedules inside the window), GST "
                                       + "included; dueAmount counts them", example = "59.00") BigDecimal chargesAmount) {

    public record PaymentLine(@Schema(example = "01a220e5-8738-7dae-aeb9-75729fae923d") String id,
                              @Schema(example = "706.82") BigDecimal amount,
                              @Schema(example = "upi") String method,
                              @Schema(example = "succeeded") String outcome,
                              @Schema(example = "UPI-4711-0815") String reference,
                              @Schema(description = "When the outcome is failed", example = "declined by the issuing bank")
                              String failureReason,
                              @Schema(description = "The subject of the caller's token", example = "42") String recordedBy,
                              @Schema(example = "2026-11-28T06:44:03.215480Z") Instant receivedAt) {

        static PaymentLine of(Payment payment) {
            return new PaymentLine(payment.id(), payment.amount().amount(), payment.method().wireName(),
                    payment.outcome().name().toLowerCase(), payment.reference(), payment.failureReason(), payment.recordedBy(),
                    payment.receivedAt());
        }
    }

    public record RefundLine(@Schema(example = "01a23ba2-a6c8-74fd-b12a-abfe228f219e") String id,
                             @Schema(example = "150.00") BigDecimal amount,
                             @Schema(example = "wallet") String destination,
                             @Schema(description = "How the booking was first paid", example = "upi") String method,
                             @Schema(example = "Technician arrived two hours late") String reason,
                             @Schema(description = "The subject of the caller's token", example = "su-12") String issuedBy,
                             @Schema(example = "2026-12-03T11:20:45.774102Z") Instant issuedAt,
                             @Schema(description = "When the booking was invoiced before the refund", example = "CN/2627/000007")
                             String creditNoteNumber) {

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
