package com.converge.booking.application.port.outbound;

import com.converge.booking.domain.wallet.Wallet;
import com.converge.booking.domain.wallet.WalletEntry;
import com.converge.booking.domain.wallet.WalletReason;
import com.converge.kernel.domain.CustomerId;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;

/** The append-only wallet ledger. */
public interface WalletLedger {

    /**
     * The wallet, locked for the rest of the transaction against every other writer of this
     * customer's ledger; empty when the customer is not known.
     */
    Uni<Optional<Wallet>> lock(CustomerId customerId);

    Uni<Void> append(WalletEntry entry);

    /** Whether the customer's ledger holds an entry for this reason and reference. */
    Uni<Boolean> holds(CustomerId customerId, WalletReason reason, String reference);

    /** The balance without locking, for reading. */
    Uni<Wallet> current(CustomerId customerId);

    /** The newest entries first. */
    Uni<List<WalletEntry>> entries(CustomerId customerId, int limit);
}
