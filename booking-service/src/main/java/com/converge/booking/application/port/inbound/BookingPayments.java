package com.converge.booking.application.port.inbound;

import com.converge.booking.domain.payment.Payment;
import com.converge.booking.domain.payment.PaymentAccount;
import com.converge.booking.domain.payment.Refund;
import com.converge.kernel.domain.Money;
import java.util.List;

/** A booking's account with every payment attempt and refund, and the advance it needs before confirmation. */
public record BookingPayments(PaymentAccount account, Money minimumAdvance, List<Payment> payments, List<Refund> refunds) {
}
