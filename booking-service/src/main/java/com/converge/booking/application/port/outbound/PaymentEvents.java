package com.converge.booking.application.port.outbound;

import com.converge.booking.domain.payment.Payment;
import com.converge.booking.domain.payment.PaymentAccount;
import com.converge.booking.domain.payment.Refund;
import com.converge.booking.domain.settlement.SettlementStatement;
import io.smallrye.mutiny.Uni;

/** The money events booking-service publishes; written in the caller's transaction. */
public interface PaymentEvents {

    Uni<Void> received(Payment payment, PaymentAccount account);

    Uni<Void> refunded(Refund refund);

    Uni<Void> settled(SettlementStatement statement);
}
