package com.converge.order.application.port.inbound;

import com.converge.kernel.domain.OrderId;

public record VerificationOutcomeCommand(OrderId orderId, boolean verified, String agentId, String reason) {

    public VerificationOutcomeCommand {
        Require.present(orderId, "orderId");
        agentId = agentId == null || agentId.isBlank() ? "callqueue" : agentId;
        reason = Require.optionalText(reason, "reason", 500);
    }
}
