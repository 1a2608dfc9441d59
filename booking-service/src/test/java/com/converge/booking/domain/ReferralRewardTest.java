package com.converge.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.converge.booking.domain.customer.Customer;
import com.converge.booking.domain.customer.EmailAddress;
import com.converge.booking.domain.customer.MobileNumber;
import com.converge.booking.domain.customer.ReferralCode;
import com.converge.booking.domain.wallet.ReferralReward;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReferralRewardTest {

    private static final ReferralReward HUNDRED = new ReferralReward(Money.rupees(100));

    private static Customer customer(long id, Long referredBy) {
        return new Customer(new CustomerId(id), "Asha", MobileNumber.parse("9876543210"), new EmailAddress("a@example.in"),
                ReferralCode.generate(), referredBy == null ? null : new CustomerId(referredBy), Instant.parse("2026-11-01T00:00:00Z"));
    }

    @Test
    void aReferredCustomersFirstCompletionCreditsThemAndTheirReferrer() {
        assertThat(HUNDRED.due(customer(7, 3L), false)).containsExactly(
                new ReferralReward.Credit(new CustomerId(7), Money.rupees(100), "referral:7"),
                new ReferralReward.Credit(new CustomerId(3), Money.rupees(100), "referral:7"));
    }

    @Test
    void theRewardIsPaidOnce() {
        assertThat(HUNDRED.due(customer(7, 3L), true)).isEmpty();
    }

    @Test
    void aCustomerNobodyReferredEarnsNoReward() {
        assertThat(HUNDRED.due(customer(7, null), false)).isEmpty();
    }

    @Test
    void aZeroRewardPaysNothing() {
        assertThat(new ReferralReward(Money.ZERO).due(customer(7, 3L), false)).isEmpty();
    }
}
