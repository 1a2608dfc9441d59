package com.converge.booking.application.port.inbound;

import com.converge.booking.domain.wallet.WalletEntry;
import com.converge.booking.domain.wallet.WalletStatement;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.CustomerId;
import io.smallrye.mutiny.Uni;

public interface WalletUseCase {

    /** Appends a credit or debit; a debit beyond the balance is refused (422). A credit publishes WalletCredited. */
    Uni<WalletEntry> post(WalletEntryCommand command);

    /** The balance and the newest entries; 404 for another customer's wallet. */
    Uni<WalletStatement> statement(CustomerId customerId, Caller caller);
}
