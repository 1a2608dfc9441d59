package com.converge.booking.application.port.inbound;

import com.converge.booking.domain.payment.Payment;
import com.converge.booking.domain.payment.PaymentAccount;

/** A recorded payment and the booking's account after it. */
public record PaymentReceipt(Payment payment, PaymentAccount account) {
}
