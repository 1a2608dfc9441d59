package com.converge.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.converge.booking.domain.wallet.Wallet;
import com.converge.booking.domain.wallet.WalletEntry;
import com.converge.booking.domain.wallet.WalletReason;
import com.converge.kernel.domain.BusinessRuleViolation;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WalletTest {

    private static final Instant NOW = Instant.parse("2026-11-20T04:30:00Z");
    private static final CustomerId ASHA = new CustomerId(42);

    @Test
    void aCreditRaisesTheBalanceAfter() {
        WalletEntry entry = new Wallet(ASHA, Money.of("10.00")).credit(Money.of("5.50"), WalletReason.REFERRAL, "ref", NOW);
        assertThat(entry.balanceAfter()).isEqualTo(Money.of("15.50"));
        assertThat(entry.isCredit()).isTrue();
    }

    @Test
    void aDebitOfTheWholeBalanceLeavesZero() {
        WalletEntry entry = new Wallet(ASHA, Money.of("10.00")).debit(Money.of("10.00"), WalletReason.BOOKING_PAYMENT, "b", NOW);
        assertThat(entry.balanceAfter()).isEqualTo(Money.ZERO);
    }

    @Test
    void aDebitBeyondTheBalanceIsRefused() {
        assertThatThrownBy(() -> new Wallet(ASHA, Money.of("10.00")).debit(Money.of("10.01"), WalletReason.ADJUSTMENT, "x", NOW))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.field()).isEqualTo("amount"));
        assertThatThrownBy(() -> Wallet.empty(ASHA).debit(Money.of("0.01"), WalletReason.ADJUSTMENT, "x", NOW))
                .isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void zeroOrNegativeAmountsAndMissingReferencesAreRefused() {
        Wallet wallet = new Wallet(ASHA, Money.of("10.00"));
        assertThatThrownBy(() -> wallet.credit(Money.ZERO, WalletReason.ADJUSTMENT, "x", NOW)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> wallet.debit(Money.of("-1"), WalletReason.ADJUSTMENT, "x", NOW)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> wallet.credit(Money.of("1"), WalletReason.ADJUSTMENT, " ", NOW))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("reference"));
    }

    @Test
    void aNegativeBalanceCannotExist() {
        assertThatThrownBy(() -> new Wallet(ASHA, Money.of("-0.01"))).isInstanceOf(IllegalArgumentException.class);
    }
}
