package com.converge.booking.domain.wallet;

import com.converge.booking.domain.customer.Customer;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import java.util.List;
import java.util.Objects;

/**
 * When a referred customer's first booking completes, the referred customer and their referrer each
 * get {@code amount} on their wallets, once: the credits carry the referred customer's reference,
 * and a customer whose wallet holds it already has been rewarded.
 */
public record ReferralReward(Money amount) {

    public static final ReferralReward DEFAULT = new ReferralReward(Money.rupees(100));

    public ReferralReward {
        Objects.requireNonNull(amount, "amount");
    }

    public record Credit(CustomerId customerId, Money amount, String reference) {
    }

    public static String referenceFor(CustomerId referred) {
        return "referral:" + referred;
    }

    /** The credits due for {@code referred}'s completed booking: none when not referred, already rewarded, or the reward is zero. */
    public List<Credit> due(Customer referred, boolean alreadyRewarded) {
        if (referred.referrer().isEmpty() || alreadyRewarded || !amount.isPositive()) {
            return List.of();
        }
        String reference = referenceFor(referred.id());
        return List.of(new Credit(referred.id(), amount, reference), new Credit(referred.referrer().get(), amount, reference));
    }
}
