package com.converge.complaint.application.port.inbound;

import com.converge.kernel.domain.CustomerId;
import java.time.Instant;

/** {@code walletEntryId} is the credit's ledger entry. */
public record RecordReferralCommand(CustomerId customerId, String walletEntryId, Instant at) {

    public RecordReferralCommand {
        Commands.require(customerId, "customerId");
        Commands.require(walletEntryId, "walletEntryId");
        Commands.require(at, "at");
    }
}
