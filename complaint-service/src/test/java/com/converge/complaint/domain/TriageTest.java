package com.converge.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.converge.kernel.domain.Money;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TriageTest {

    private static Optional<Money> inr(String amount) {
        return Optional.of(new Money(new BigDecimal(amount)));
    }

    @Test
    void aQuestionFromAHealthyFirstTimeComplainantWithoutAPurchaseIsLow() {
        TriageSuggestion suggestion = Triage.suggest(ComplaintType.OTHER, Optional.empty(), Optional.of(90), 0, 40);

        assertThat(suggestion.priority()).isEqualTo(Priority.LOW);
        assertThat(suggestion.reasons()).containsExactly("type other: +0", "customer health 90: +0",
                "0 complaints in the last 30 days: +0");
    }

    @Test
    void damageToAnExpensiveBookingIsHigh() {
        TriageSuggestion suggestion = Triage.suggest(ComplaintType.DAMAGE, inr("12000.00"), Optional.empty(), 0, 40);

        assertThat(suggestion.priority()).isEqualTo(Priority.HIGH);
        assertThat(suggestion.points()).isEqualTo(4);
        assertThat(suggestion.reasons()).contains("referenced purchase worth INR 12000.00: +2");
    }

    @Test
    void anAtRiskCustomerComplainingAgainAndAgainAboutAProviderIsCritical() {
        TriageSuggestion suggestion = Triage.suggest(ComplaintType.PROVIDER_BEHAVIOR, inr("2500.00"), Optional.of(35), 3, 40);

        assertThat(suggestion.points()).isEqualTo(7);
        assertThat(suggestion.priority()).isEqualTo(Priority.CRITICAL);
        assertThat(suggestion.reasons()).containsExactly("type provider_behavior: +2",
                "referenced purchase worth INR 2500.00: +1", "customer health 35: +2", "3 complaints in the last 30 days: +2");
    }

    @Test
    void aDelayForACustomerToWatchWithOneRecentComplaintIsMedium() {
        TriageSuggestion suggestion = Triage.suggest(ComplaintType.DELAY, inr("499.00"), Optional.of(60), 1, 40);

        assertThat(suggestion.points()).isEqualTo(3);
        assertThat(suggestion.priority()).isEqualTo(Priority.MEDIUM);
    }
}
