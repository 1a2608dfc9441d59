package com.converge.callqueue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConversionTest {

    private static final Instant NOW = Instant.parse("2026-11-20T06:00:00Z");
    private static final CustomerId CUSTOMER = new CustomerId(11);

    @Test
    void theLastAgentWhoSpokeToTheCustomerIsPrimaryAndTheOtherCallersContribute() {
        List<CallRecord> calls = List.of(
                call("a-early", CallOutcome.CONNECTED, NOW.minus(Duration.ofDays(10))),
                call("a-closer", CallOutcome.CONNECTED, NOW.minus(Duration.ofDays(2))),
                call("a-last-try", CallOutcome.NO_ANSWER, NOW.minus(Duration.ofDays(1))));

        Conversion conversion = convert(calls, Money.of("2000.00"));

        assertThat(conversion.primaryAgent()).isEqualTo("a-closer");
        assertThat(conversion.commission()).isEqualTo(Money.of("100.00"));
        assertThat(conversion.shares()).extracting(Conversion.AgentShare::agentId)
                .containsExactly("a-closer", "a-early", "a-last-try");
        assertThat(conversion.shares().get(0).sharePercent()).isEqualByComparingTo("70");
        assertThat(conversion.shares().get(0).commission()).isEqualTo(Money.of("70.00"));
        assertThat(conversion.shares().get(1).commission()).isEqualTo(Money.of("15.00"));
        assertThat(conversion.shares().get(2).commission()).isEqualTo(Money.of("15.00"));
    }

    @Test
    void callsOlderThanThirtyDaysCountForNothing() {
        List<CallRecord> calls = List.of(
                call("a-old", CallOutcome.CONNECTED, NOW.minus(Duration.ofDays(31))),
                call("a-recent", CallOutcome.BUSY, NOW.minus(Duration.ofDays(3))));

        Conversion conversion = convert(calls, Money.of("500.00"));

        assertThat(conversion.primaryAgent()).isNull();
        assertThat(conversion.shares()).isEmpty();
        assertThat(conversion.commission()).isEqualTo(Money.ZERO);
    }

    @Test
    void aLoneAgentTakesTheWholeCommission() {
        Conversion conversion = convert(List.of(call("a-1", CallOutcome.CONNECTED, NOW.minusSeconds(60)),
                call("a-1", CallOutcome.NO_ANSWER, NOW.minusSeconds(30))), Money.of("999.99"));

        assertThat(conversion.shares()).singleElement().satisfies(share -> {
            assertThat(share.agentId()).isEqualTo("a-1");
            assertThat(share.sharePercent()).isEqualByComparingTo("100");
            assertThat(share.commission()).isEqualTo(Money.of("50.00"));
        });
    }

    @Test
    void sharesThatDoNotDivideEvenlyStillTotalOneHundredPercentAndTheWholeCommission() {
        List<CallRecord> calls = List.of(
                call("a-2", CallOutcome.BUSY, NOW.minusSeconds(500)),
                call("a-3", CallOutcome.VOICEMAIL, NOW.minusSeconds(400)),
                call("a-4", CallOutcome.NO_ANSWER, NOW.minusSeconds(300)),
                call("a-1", CallOutcome.CONNECTED, NOW.minusSeconds(200)));

        Conversion conversion = convert(calls, Money.of("333.33"));

        BigDecimal percent = conversion.shares().stream().map(Conversion.AgentShare::sharePercent)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Money total = conversion.shares().stream().map(Conversion.AgentShare::commission).reduce(Money.ZERO, Money::plus);
        assertThat(percent).isEqualByComparingTo("100");
        assertThat(total).isEqualTo(conversion.commission());
        assertThat(conversion.shares().get(0).agentId()).isEqualTo("a-1");
    }

    @Test
    void theSharesMustTotalOneHundredPercent() {
        assertThatThrownBy(() -> new CommissionSplit(BigDecimal.valueOf(5), BigDecimal.valueOf(70), BigDecimal.valueOf(20)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("100");
        assertThatThrownBy(() -> new CommissionSplit(BigDecimal.valueOf(101), BigDecimal.valueOf(70), BigDecimal.valueOf(30)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aClawbackHappensOnceAndKeepsItsFirstTime() {
        Conversion conversion = convert(List.of(call("a-1", CallOutcome.CONNECTED, NOW.minusSeconds(60))), Money.of("100.00"));

        Conversion clawed = conversion.clawBack(NOW.plusSeconds(10)).clawBack(NOW.plusSeconds(20));

        assertThat(conversion.clawedBack()).isFalse();
        assertThat(clawed.clawedBack()).isTrue();
        assertThat(clawed.clawedBackAt()).isEqualTo(NOW.plusSeconds(10));
    }

    private static Conversion convert(List<CallRecord> calls, Money value) {
        return Conversion.attribute(UUID.randomUUID(), CUSTOMER, "booking", "b-1", value, calls, CommissionSplit.DEFAULT, NOW);
    }

    private static CallRecord call(String agent, CallOutcome outcome, Instant at) {
        return new CallRecord(UUID.randomUUID(), UUID.randomUUID(), CUSTOMER, agent, QueueName.UNSIGNED_USERS, outcome,
                60, null, at);
    }
}
