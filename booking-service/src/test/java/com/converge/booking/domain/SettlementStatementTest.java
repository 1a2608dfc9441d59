package com.converge.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.converge.booking.domain.provider.ProviderId;
import com.converge.booking.application.port.inbound.ChangeCommissionRateCommand;
import com.converge.booking.domain.settlement.CategoryCommission;
import com.converge.booking.domain.settlement.CommissionRateChange;
import com.converge.booking.domain.settlement.CommissionRates;
import com.converge.booking.domain.settlement.RefundAfterSettlement;
import com.converge.booking.domain.settlement.RefundCredit;
import com.converge.booking.domain.settlement.SettlementItem;
import com.converge.booking.domain.settlement.SettlementStatement;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.BusinessRuleViolation;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.Role;
import com.converge.kernel.domain.IllegalTransitionException;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettlementStatementTest {

    private static final Instant NOW = Instant.parse("2026-11-20T06:00:00Z");
    private static final LocalDate START = LocalDate.of(2026, 11, 1);
    private static final LocalDate END = LocalDate.of(2026, 11, 15);
    private static final CommissionRates RATES = new CommissionRates(
            Map.of(3, BigDecimal.valueOf(15), 10, BigDecimal.valueOf(25)), BigDecimal.valueOf(15));

    @Test
    void commissionPerCategoryOnWhatRefundsLeftGstOnCommissionAndNetPayable() {
        BookingId first = BookingId.next();
        BookingId second = BookingId.next();
        SettlementStatement statement = SettlementStatement.draw(ProviderId.next(), START, END, List.of(
                new SettlementItem(first, 1, 3, Money.of("449.50"), Money.ZERO),
                new SettlementItem(first, 2, 10, Money.of("1000.00"), Money.of("200.00")),
                new SettlementItem(second, 1, 99, Money.of("0.05"), Money.ZERO)), List.of(), List.of(), RATES, NOW);

        assertThat(statement.lines()).hasSize(2);
        SettlementStatement.BookingLine line = statement.lines().get(0);
        assertThat(line.bookingId()).isEqualTo(first);
        assertThat(line.gross()).isEqualTo(Money.of("1449.50"));
        assertThat(line.refunds()).isEqualTo(Money.of("200.00"));
        // 15% of 449.50 = 67.425 -> 67.43; 25% of (1000.00 - 200.00) = 200.00
        assertThat(line.commission()).isEqualTo(Money.of("267.43"));
        // a category without a rate of its own pays the fallback: 15% of 0.05 = 0.0075 -> 0.01
        assertThat(statement.lines().get(1).commission()).isEqualTo(Money.of("0.01"));

        assertThat(statement.gross()).isEqualTo(Money.of("1449.55"));
        assertThat(statement.refunds()).isEqualTo(Money.of("200.00"));
        assertThat(statement.commission()).isEqualTo(Money.of("267.44"));
        assertThat(statement.commissionGst()).isEqualTo(Money.of("48.14"));
        assertThat(statement.netPayable()).isEqualTo(Money.of("933.97"));
        assertThat(statement.status()).isEqualTo(SettlementStatement.Status.GENERATED);
    }

    @Test
    void aFullyRefundedBookingEarnsNothingAndCostsNoCommission() {
        SettlementStatement statement = SettlementStatement.draw(ProviderId.next(), START, END, List.of(
                new SettlementItem(BookingId.next(), 1, 10, Money.of("1000.00"), Money.of("1000.00"))), List.of(), List.of(), RATES, NOW);
        assertThat(statement.commission()).isEqualTo(Money.ZERO);
        assertThat(statement.netPayable()).isEqualTo(Money.ZERO);
    }

    @Test
    void aStatementIsPaidOnce() {
        SettlementStatement statement = SettlementStatement.draw(ProviderId.next(), START, END, List.of(
                new SettlementItem(BookingId.next(), 1, 3, Money.of("100.00"), Money.ZERO)), List.of(), List.of(), RATES, NOW);
        statement.markPaid(NOW);
        assertThat(statement.status()).isEqualTo(SettlementStatement.Status.PAID);
        assertThat(statement.paidAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> statement.markPaid(NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void nothingToSettleAndABackwardPeriodAreRefused() {
        assertThatThrownBy(() -> SettlementStatement.draw(ProviderId.next(), START, END, List.of(), List.of(), List.of(), RATES, NOW))
                .isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> SettlementStatement.draw(ProviderId.next(), END, START, List.of(), List.of(), List.of(), RATES, NOW))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("periodEnd");
    }

    @Test
    void commissionRatesAreZeroToEightyPercent() {
        assertThatThrownBy(() -> new CommissionRates(Map.of(1, BigDecimal.valueOf(81)), BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CommissionRates(Map.of(), BigDecimal.valueOf(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRefundAfterSettlementIsTakenOffTheNextStatementWithItsCommissionGivenBackAtTheSettledRate() {
        BookingId settled = BookingId.next();
        // settled at 25%; the category's rate has become 10% since, which must not matter
        CommissionRates now = new CommissionRates(Map.of(10, BigDecimal.TEN), BigDecimal.valueOf(15));
        RefundAfterSettlement refund = new RefundAfterSettlement("r-1", settled, List.of(new RefundAfterSettlement.ReversedLine(
                1, 10, BigDecimal.valueOf(25), Money.of("1000.00"), Money.ZERO, Money.of("300.00"))));

        SettlementStatement statement = SettlementStatement.draw(ProviderId.next(), START, END, List.of(
                new SettlementItem(BookingId.next(), 1, 10, Money.of("500.00"), Money.ZERO)), List.of(), List.of(refund), now, NOW);

        // 25% of 1000.00 - 25% of 700.00 = 75.00 given back
        assertThat(statement.adjustments()).singleElement().satisfies(adjustment -> {
            assertThat(adjustment.refundId()).isEqualTo("r-1");
            assertThat(adjustment.bookingId()).isEqualTo(settled);
            assertThat(adjustment.refunded()).isEqualTo(Money.of("300.00"));
            assertThat(adjustment.commissionReversed()).isEqualTo(Money.of("75.00"));
        });
        assertThat(statement.commission()).isEqualTo(Money.of("50.00"));
        assertThat(statement.adjustmentsRefunded()).isEqualTo(Money.of("300.00"));
        assertThat(statement.commissionReversed()).isEqualTo(Money.of("75.00"));
        // GST on 50.00 - 75.00 = -25.00 is -4.50; net 500.00 - 300.00 - (-25.00) - (-4.50) = 229.50
        assertThat(statement.commissionGst()).isEqualTo(Money.of("-4.50"));
        assertThat(statement.netPayable()).isEqualTo(Money.of("229.50"));
    }

    @Test
    void aStatementOfAdjustmentsOnlyIsDrawnAndMayLeaveTheProviderOwing() {
        RefundAfterSettlement refund = new RefundAfterSettlement("r-1", BookingId.next(), List.of(new RefundAfterSettlement.ReversedLine(
                1, 10, BigDecimal.valueOf(25), Money.of("1000.00"), Money.ZERO, Money.of("300.00"))));

        SettlementStatement statement = SettlementStatement.draw(ProviderId.next(), START, END, List.of(), List.of(),
                List.of(refund), RATES, NOW);

        assertThat(statement.lines()).isEmpty();
        // 0 - 300.00 - (-75.00) - (-13.50)
        assertThat(statement.netPayable()).isEqualTo(Money.of("-211.50"));
    }

    @Test
    void commissionGivenBackOverSeveralRefundsAddsUpToWhatWasChargedRoundedOnce() {
        BookingId booking = BookingId.next();
        // settled: 15% of 0.05 = 0.0075 -> 0.01 charged
        SettlementStatement settled = SettlementStatement.draw(ProviderId.next(), START, END, List.of(
                new SettlementItem(booking, 1, 3, Money.of("0.05"), Money.ZERO)), List.of(), List.of(), RATES, NOW);
        assertThat(settled.commission()).isEqualTo(Money.of("0.01"));
        BigDecimal rate = settled.rates().get(0).percent();

        Money first = new RefundAfterSettlement("r-1", booking, List.of(new RefundAfterSettlement.ReversedLine(1, 3, rate,
                Money.of("0.05"), Money.ZERO, Money.of("0.03")))).adjustment(RATES).commissionReversed();
        Money second = new RefundAfterSettlement("r-2", booking, List.of(new RefundAfterSettlement.ReversedLine(1, 3, rate,
                Money.of("0.05"), Money.of("0.03"), Money.of("0.02")))).adjustment(RATES).commissionReversed();

        assertThat(first.plus(second)).isEqualTo(settled.commission());
    }

    @Test
    void aStatementDrawnBeforeRatesWereKeptReversesAtTheCategorysRate() {
        RefundAfterSettlement refund = new RefundAfterSettlement("r-1", BookingId.next(), List.of(new RefundAfterSettlement.ReversedLine(
                1, 10, null, Money.of("100.00"), Money.ZERO, Money.of("100.00"))));
        assertThat(refund.adjustment(RATES).commissionReversed()).isEqualTo(Money.of("25.00"));
    }

    @Test
    void onlyTheRefundsOfBookingsOnTheStatementAreCountedInItsLines() {
        BookingId onStatement = BookingId.next();
        SettlementStatement statement = SettlementStatement.draw(ProviderId.next(), START, END, List.of(
                new SettlementItem(onStatement, 1, 3, Money.of("100.00"), Money.of("10.00"))), List.of(
                new RefundCredit("r-1", onStatement, Money.of("10.00")), new RefundCredit("r-2", BookingId.next(), Money.rupees(1))),
                List.of(), RATES, NOW);
        assertThat(statement.countedRefunds()).extracting(RefundCredit::refundId).containsExactly("r-1");
        assertThat(statement.rates()).singleElement().satisfies(rate -> assertThat(rate.percent()).isEqualByComparingTo("15"));
    }

    @Test
    void aRefundCannotReverseMoreThanTheLineHeld() {
        assertThatThrownBy(() -> new RefundAfterSettlement.ReversedLine(1, 3, BigDecimal.TEN, Money.of("100.00"), Money.of("60.00"),
                Money.of("50.00"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCommissionRateChangeKeepsWhatItWasAndRefusesMoreThanEightyPercent() {
        CategoryCommission plumbing = new CategoryCommission(3, "Plumbing", BigDecimal.valueOf(15));
        CommissionRateChange change = CommissionRateChange.of(plumbing, new BigDecimal("17.5"), "ad-1", NOW);
        assertThat(change.previousPercent()).isEqualByComparingTo("15");
        assertThat(change.percent()).isEqualTo(new BigDecimal("17.50"));
        assertThat(change.after().percent(BigDecimal.TEN)).isEqualByComparingTo("17.5");
        assertThat(CommissionRateChange.of(new CategoryCommission(4, "Electrical", null), BigDecimal.ONE, "ad-1", NOW)
                .previousPercent()).isNull();
        assertThatThrownBy(() -> CommissionRateChange.of(plumbing, new BigDecimal("80.01"), "ad-1", NOW))
                .isInstanceOf(BusinessRuleViolation.class).extracting("field").isEqualTo("percent");
    }

    @Test
    void aNewRateIsZeroToHundredPercentWithTwoDecimalsAtMost() {
        Caller admin = new Caller("ad-1", java.util.Set.of(Role.ADMIN));
        assertThat(new ChangeCommissionRateCommand(3, new BigDecimal("12.50"), admin).percent()).isEqualByComparingTo("12.5");
        assertThat(new ChangeCommissionRateCommand(3, new BigDecimal("100.00"), admin).percent()).isEqualByComparingTo("100");
        for (String bad : new String[]{"-0.01", "100.01", "12.345"}) {
            assertThatThrownBy(() -> new ChangeCommissionRateCommand(3, new BigDecimal(bad), admin))
                    .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("percent");
        }
        assertThatThrownBy(() -> new ChangeCommissionRateCommand(3, null, admin))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("percent");
    }
}
