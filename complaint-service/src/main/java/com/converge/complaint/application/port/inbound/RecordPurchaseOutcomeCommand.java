package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.Purchase;
import com.converge.complaint.domain.PurchaseOutcome;
import com.converge.kernel.domain.CustomerId;
import java.time.Instant;

public record RecordPurchaseOutcomeCommand(Purchase.Kind kind, String purchaseId, CustomerId customerId,
                                           PurchaseOutcome outcome, Instant at) {

    public RecordPurchaseOutcomeCommand {
        Commands.require(kind, "kind");
        Commands.require(purchaseId, "purchaseId");
        Commands.require(customerId, "customerId");
        Commands.require(outcome, "outcome");
        Commands.require(at, "at");
    }
}
