package com.converge.booking.application.service;

import com.converge.booking.application.port.outbound.CustomerEvents;
import com.converge.booking.application.port.outbound.Customers;
import com.converge.booking.application.port.outbound.WalletLedger;
import com.converge.booking.domain.wallet.ReferralReward;
import com.converge.booking.domain.wallet.WalletEntry;
import com.converge.booking.domain.wallet.WalletReason;
import com.converge.kernel.domain.CustomerId;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;

/**
 * Pays the referral reward, inside the completing transaction. The referred customer's wallet is
 * locked before the check, so two of their bookings completing together reward once; wallets are
 * locked referred first, then referrer, an order no two completions can reverse.
 */
final class ReferralRewards {

    private final Customers customers;
    private final WalletLedger ledger;
    private final CustomerEvents events;
    private final ReferralReward reward;

    ReferralRewards(Customers customers, WalletLedger ledger, CustomerEvents events, ReferralReward reward) {
        this.customers = customers;
        this.ledger = ledger;
        this.events = events;
        this.reward = reward;
    }

    Uni<Void> rewardIfDue(CustomerId referredId, Instant now) {
        return customers.findById(referredId).chain(found -> {
            if (found.isEmpty() || found.get().referrer().isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            return ledger.lock(referredId)
                    .chain(() -> ledger.holds(referredId, WalletReason.REFERRAL, ReferralReward.referenceFor(referredId)))
                    .chain(rewarded -> pay(reward.due(found.get(), rewarded), 0, now));
        });
    }

    private Uni<Void> pay(List<ReferralReward.Credit> credits, int next, Instant now) {
        if (next == credits.size()) {
            return Uni.createFrom().voidItem();
        }
        ReferralReward.Credit credit = credits.get(next);
        return WalletPostings.post(ledger, events, credit.customerId(), WalletEntry.Direction.CREDIT, credit.amount(),
                        WalletReason.REFERRAL, credit.reference(), now)
                .chain(() -> pay(credits, next + 1, now));
    }
}
