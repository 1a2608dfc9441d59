package com.converge.order.application.port.inbound;

import com.converge.kernel.domain.Money;
import com.converge.kernel.domain.OrderId;

/** {@code source} names what the refund is for (a complaint, a support request); each source refunds once. */
public record RefundCommand(OrderId orderId, Money amount, String reason, String source, String refundedBy) {

    public RefundCommand {
        Require.present(orderId, "orderId");
        Require.present(amount, "amount");
        reason = Require.text(reason, "reason", 500);
        source = Require.text(source, "source", 120);
        Require.present(refundedBy, "refundedBy");
    }
}
