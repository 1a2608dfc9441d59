package com.converge.booking.application.port.inbound;

import com.converge.booking.domain.payment.PaymentAccount;
import com.converge.booking.domain.payment.Refund;

/** An issued refund and the booking's account after it. */
public record RefundReceipt(Refund refund, PaymentAccount account) {
}
