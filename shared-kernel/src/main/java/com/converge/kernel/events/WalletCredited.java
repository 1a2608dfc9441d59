package com.converge.kernel.events;

import java.math.BigDecimal;
import java.time.Instant;

/** A credit on a customer's wallet ledger: referral, refund, compensation or adjustment. */
public record WalletCredited(String entryId, long customerId, BigDecimal amount, String reason, String reference,
                             BigDecimal balanceAfter, Instant creditedAt) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return Long.toString(customerId);
    }
}
