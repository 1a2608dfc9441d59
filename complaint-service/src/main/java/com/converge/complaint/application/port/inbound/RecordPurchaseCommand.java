package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.Purchase;

public record RecordPurchaseCommand(Purchase purchase) {

    public RecordPurchaseCommand {
        Commands.require(purchase, "purchase");
    }
}
