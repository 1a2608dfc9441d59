package com.converge.booking.application.service;

import com.converge.booking.application.port.outbound.CustomerEvents;
import com.converge.booking.application.port.outbound.WalletLedger;
import com.converge.booking.domain.wallet.WalletEntry;
import com.converge.booking.domain.wallet.WalletReason;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import com.converge.kernel.domain.NotFoundException;
import io.smallrye.mutiny.Uni;
import java.time.Instant;

/**
 * Moving money on a wallet inside the caller's transaction, shared by every use case that does it
 * (adjustments, payments, refunds, compensation, referral): lock the wallet, let it decide, append,
 * and publish WalletCredited for credits.
 */
final class WalletPostings {

    private WalletPostings() {
    }

    static Uni<WalletEntry> post(WalletLedger ledger, CustomerEvents events, CustomerId customerId,
                                 WalletEntry.Direction direction, Money amount, WalletReason reason, String reference,
                                 Instant now) {
        return ledger.lock(customerId)
                .map(found -> found.orElseThrow(() -> new NotFoundException("customer", customerId)))
                .map(wallet -> direction == WalletEntry.Direction.CREDIT
                        ? wallet.credit(amount, reason, reference, now)
                        : wallet.debit(amount, reason, reference, now))
                .call(ledger::append)
                .call(entry -> entry.isCredit() ? events.walletCredited(entry) : Uni.createFrom().voidItem());
    }
}
