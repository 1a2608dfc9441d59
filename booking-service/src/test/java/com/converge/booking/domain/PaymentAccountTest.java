package com.converge.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.converge.booking.domain.booking.BookingStatus;
import com.converge.booking.domain.booking.PaymentStatus;
import com.converge.booking.domain.payment.AdvancePolicy;
import com.converge.booking.domain.payment.Payment;
import com.converge.booking.domain.payment.PaymentAccount;
import com.converge.booking.domain.payment.PaymentMethod;
import com.converge.booking.domain.payment.Refund;
import com.converge.booking.domain.payment.RefundDestination;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.BusinessRuleViolation;
import com.converge.kernel.domain.ConflictException;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Money;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-20T06:00:00Z");
    private static final AdvancePolicy TWENTY_PERCENT = new AdvancePolicy(BigDecimal.valueOf(20));

    private static PaymentAccount account(String total) {
        return account(BookingStatus.PENDING, total);
    }

    private static PaymentAccount account(BookingStatus status, String total) {
        return new PaymentAccount(BookingId.next(), new CustomerId(7), status, Money.of(total), Money.ZERO, Money.ZERO, Money.ZERO,
                PaymentStatus.PENDING, null, null);
    }

    @Test
    void paymentsMoveTheStatusFromPendingThroughPartiallyPaidToPaid() {
        PaymentAccount account = account("1180.00");
        Payment advance = account.receive(Money.of("236.00"), PaymentMethod.UPI, "UPI-1", "7", NOW);
        assertThat(advance.succeeded()).isTrue();
        assertThat(account.status()).isEqualTo(PaymentStatus.PARTIALLY_PAID);
        assertThat(account.due()).isEqualTo(Money.of("944.00"));

        account.receive(Money.of("944.00"), PaymentMethod.CASH, null, "ad-1", NOW);
        assertThat(account.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(account.due()).isEqualTo(Money.ZERO);
    }

    @Test
    void payingMoreThanIsDueIsRefusedAndChangesNothing() {
        PaymentAccount account = account("1180.00");
        account.receive(Money.of("1000.00"), PaymentMethod.CARD, null, "7", NOW);
        assertThatThrownBy(() -> account.receive(Money.of("180.01"), PaymentMethod.CARD, null, "7", NOW))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("180.00");
        assertThat(account.paid()).isEqualTo(Money.of("1000.00"));
        assertThat(account.status()).isEqualTo(PaymentStatus.PARTIALLY_PAID);
    }

    @Test
    void aFailedFirstAttemptMakesTheStatusFailedAndALaterPaymentRecovers() {
        PaymentAccount account = account("500.00");
        Payment failed = account.fail(Money.of("100.00"), PaymentMethod.CARD, "TXN-9", "declined", "7", NOW);
        assertThat(failed.outcome()).isEqualTo(Payment.Outcome.FAILED);
        assertThat(account.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(account.paid()).isEqualTo(Money.ZERO);

        account.receive(Money.of("100.00"), PaymentMethod.UPI, null, "7", NOW);
        assertThat(account.status()).isEqualTo(PaymentStatus.PARTIALLY_PAID);
        account.fail(Money.of("400.00"), PaymentMethod.CARD, null, "timeout", "7", NOW);
        assertThat(account.status()).isEqualTo(PaymentStatus.PARTIALLY_PAID);
    }

    @Test
    void aCancelledBookingTakesNoPayments() {
        PaymentAccount account = account(BookingStatus.CANCELLED, "500.00");
        assertThatThrownBy(() -> account.receive(Money.of("100.00"), PaymentMethod.UPI, null, "7", NOW))
                .isInstanceOf(ConflictException.class);
    }

    @ParameterizedTest(name = "{1}% of {0} is {2}")
    @CsvSource({"1180.00, 20, 236.00", "999.99, 20, 200.00", "0.05, 20, 0.01", "1180.00, 0, 0.00", "1180.00, 100, 1180.00",
            "1234.56, 12.5, 154.32"})
    void theMinimumAdvanceIsTheShareOfTheTotalRoundedHalfUp(String total, String percent, String advance) {
        assertThat(new AdvancePolicy(new BigDecimal(percent)).minimumFor(Money.of(total))).isEqualTo(Money.of(advance));
    }

    @Test
    void confirmationWaitsForTheAdvanceNetOfRefunds() {
        PaymentAccount account = account("1180.00");
        assertThatThrownBy(() -> account.requireAdvance(TWENTY_PERCENT))
                .isInstanceOf(BusinessRuleViolation.class).extracting("field").isEqualTo("advance");
        account.receive(Money.of("235.99"), PaymentMethod.UPI, null, "7", NOW);
        assertThatThrownBy(() -> account.requireAdvance(TWENTY_PERCENT)).isInstanceOf(BusinessRuleViolation.class);
        account.receive(Money.of("0.01"), PaymentMethod.UPI, null, "7", NOW);
        account.requireAdvance(TWENTY_PERCENT);
        account.refund(Money.of("0.01"), RefundDestination.WALLET, "goodwill", "s-1", NOW);
        assertThatThrownBy(() -> account.requireAdvance(TWENTY_PERCENT)).isInstanceOf(BusinessRuleViolation.class);
        account(BookingStatus.PENDING, "1180.00").requireAdvance(new AdvancePolicy(BigDecimal.ZERO));
    }

    @Test
    void refundsNeverExceedWhatWasPaidMinusWhatWasRefunded() {
        PaymentAccount account = account("1180.00");
        account.receive(Money.of("500.00"), PaymentMethod.CARD, null, "7", NOW);
        Refund first = account.refund(Money.of("200.00"), RefundDestination.ORIGINAL_METHOD, "late", "s-1", NOW);
        assertThat(first.method()).isEqualTo(PaymentMethod.CARD);
        assertThat(account.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(account.refundable()).isEqualTo(Money.of("300.00"));
        assertThatThrownBy(() -> account.refund(Money.of("300.01"), RefundDestination.WALLET, "again", "s-1", NOW))
                .isInstanceOf(BusinessRuleViolation.class).extracting("field").isEqualTo("amount");
        assertThatThrownBy(() -> account.refund(Money.ZERO, RefundDestination.WALLET, "zero", "s-1", NOW))
                .isInstanceOf(InvalidValueException.class);
        Refund rest = account.refund(Money.of("300.00"), RefundDestination.WALLET, "rest", "s-1", NOW);
        assertThat(rest.toWallet()).isTrue();
        assertThat(account.refundable()).isEqualTo(Money.ZERO);
        assertThat(account.refunded()).isEqualTo(Money.of("500.00"));
    }

    @Test
    void aRefundToTheOriginalMethodOfAWalletPaymentGoesToTheWallet() {
        PaymentAccount account = account("1180.00");
        account.receive(Money.of("300.00"), PaymentMethod.WALLET, null, "7", NOW);
        account.receive(Money.of("300.00"), PaymentMethod.UPI, null, "7", NOW);
        assertThat(account.refund(Money.of("100.00"), RefundDestination.ORIGINAL_METHOD, "r", "s-1", NOW).toWallet()).isTrue();
    }

    @Test
    void cancellingKeepsTheFeeOutOfWhatWasPaidAndRefundsTheRest() {
        PaymentAccount paid = account("1180.00");
        paid.receive(Money.of("236.00"), PaymentMethod.UPI, null, "7", NOW);
        Refund refund = paid.refundOnCancellation(Money.of("100.00"), RefundDestination.WALLET, "cancelled", "7", NOW).orElseThrow();
        assertThat(refund.amount()).isEqualTo(Money.of("136.00"));
        assertThat(paid.status()).isEqualTo(PaymentStatus.REFUNDED);

        PaymentAccount free = account("1180.00");
        free.receive(Money.of("236.00"), PaymentMethod.UPI, null, "7", NOW);
        assertThat(free.refundOnCancellation(Money.ZERO, RefundDestination.ORIGINAL_METHOD, "c", "7", NOW).orElseThrow().amount())
                .isEqualTo(Money.of("236.00"));

        PaymentAccount underFee = account("1180.00");
        underFee.receive(Money.of("80.00"), PaymentMethod.UPI, null, "7", NOW);
        assertThat(underFee.refundOnCancellation(Money.of("80.00"), RefundDestination.WALLET, "c", "7", NOW)).isEmpty();
        assertThat(underFee.status()).isEqualTo(PaymentStatus.PARTIALLY_PAID);

        assertThat(account("1180.00").refundOnCancellation(Money.ZERO, RefundDestination.WALLET, "c", "7", NOW)).isEmpty();
    }

    @Test
    void aChargeIsOwedOnTopOfTheTotalUntilPaid() {
        PaymentAccount account = account("1180.00");
        account.receive(Money.of("1180.00"), PaymentMethod.UPI, "upi-1", "42", NOW);
        assertThat(account.status()).isEqualTo(PaymentStatus.PAID);

        account.charge(Money.of("59.00"));

        assertThat(account.charges()).isEqualTo(Money.of("59.00"));
        assertThat(account.owed()).isEqualTo(Money.of("1239.00"));
        assertThat(account.due()).isEqualTo(Money.of("59.00"));
        assertThat(account.status()).isEqualTo(PaymentStatus.PARTIALLY_PAID);
        assertThatThrownBy(() -> account.receive(Money.of("59.01"), PaymentMethod.WALLET, null, "42", NOW))
                .isInstanceOf(BusinessRuleViolation.class).extracting("field").isEqualTo("amount");
        account.receive(Money.of("59.00"), PaymentMethod.WALLET, null, "42", NOW);
        assertThat(account.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(account.due()).isEqualTo(Money.ZERO);
    }

    @Test
    void cancellingRefundsWhatWasPaidBeyondWhatTheCancellationKept() {
        PaymentAccount account = account("1180.00");
        account.charge(Money.of("59.00"));
        account.receive(Money.of("1239.00"), PaymentMethod.UPI, "upi-1", "42", NOW);

        // the cancellation fee and the reschedule fee charged before it
        assertThat(account.refundOnCancellation(Money.of("159.00"), RefundDestination.WALLET, "changed plans", "42", NOW))
                .hasValueSatisfying(refund -> assertThat(refund.amount()).isEqualTo(Money.of("1080.00")));
        assertThat(account.refundable()).isEqualTo(Money.of("159.00"));
    }
}
