package com.converge.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomerHealthTest {

    private static final Instant NOW = Instant.parse("2026-11-20T06:00:00Z");
    private static final CustomerId CUSTOMER = new CustomerId(42);

    /** A customer who booked 10 days ago, 3 times in 180 days, reached 1 milestone, and never complained or rated. */
    private static CustomerFacts loyalButNeverRated() {
        return new CustomerFacts(NOW.minus(Duration.ofDays(10)), 3, 1, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0);
    }

    @Test
    void aDimensionWithoutDataIsLeftOutAndTheOtherWeightsAreRenormalised() {
        CustomerHealth health = CustomerHealth.assess(CUSTOMER, loyalButNeverRated(), HealthWeights.DEFAULT, NOW).orElseThrow();

        // engagement 50 + 20 + 5 = 75, support 100, commercial 100; satisfaction (no rating) is missing
        assertThat(health.missing()).containsExactly(HealthDimension.SATISFACTION);
        assertThat(health.contributions()).extracting(HealthContribution::dimension)
                .containsExactly(HealthDimension.ENGAGEMENT, HealthDimension.SUPPORT, HealthDimension.COMMERCIAL);
        assertThat(health.contributions()).extracting(HealthContribution::renormalisedWeight)
                .containsExactly(30.0 / 75, 25.0 / 75, 20.0 / 75);
        // (75*30 + 100*25 + 100*20) / 75 = 90; counting satisfaction as zero would have given 68
        assertThat(health.score()).isEqualTo(90);
        assertThat(health.contributions().stream().mapToDouble(HealthContribution::points).sum()).isEqualTo(90.0);
    }

    @Test
    void everyDimensionWithDataCountsAtItsConfiguredWeight() {
        CustomerFacts facts = new CustomerFacts(NOW.minus(Duration.ofDays(10)), 3, 1, 2, 6, 1, 0, 1, 1, 0, 0, 3, 1, 0, 0);
        CustomerHealth health = CustomerHealth.assess(CUSTOMER, facts, HealthWeights.DEFAULT, NOW).orElseThrow();

        assertThat(health.missing()).isEmpty();
        assertThat(value(health, HealthDimension.ENGAGEMENT)).isEqualTo(75);
        // average 3.0 -> 50, one rating of 2 or less -10
        assertThat(value(health, HealthDimension.SATISFACTION)).isEqualTo(40);
        // one open complaint -10, one breach -15
        assertThat(value(health, HealthDimension.SUPPORT)).isEqualTo(75);
        // one of three cancelled: -20
        assertThat(value(health, HealthDimension.COMMERCIAL)).isEqualTo(80);
        // (75*30 + 40*25 + 75*25 + 80*20) / 100 = 67.25
        assertThat(health.score()).isEqualTo(67);
        assertThat(health.band(40)).isEqualTo(HealthBand.WATCH);
    }

    @Test
    void aDimensionWeighedAtZeroIsLeftOutLikeMissingData() {
        HealthWeights noEngagement = new HealthWeights(Map.of(HealthDimension.ENGAGEMENT, 0, HealthDimension.SATISFACTION, 25,
                HealthDimension.SUPPORT, 25, HealthDimension.COMMERCIAL, 50));
        CustomerHealth health = CustomerHealth.assess(CUSTOMER, loyalButNeverRated(), noEngagement, NOW).orElseThrow();

        assertThat(health.missing()).containsExactly(HealthDimension.ENGAGEMENT, HealthDimension.SATISFACTION);
        assertThat(health.score()).isEqualTo(100);
    }

    @Test
    void aCustomerKnownOnlyByAComplaintIsScoredOnSupportAlone() {
        CustomerFacts facts = new CustomerFacts(null, 0, 0, 0, 0, 0, 0, 2, 1, 1, 1, 0, 0, 0, 0);
        CustomerHealth health = CustomerHealth.assess(CUSTOMER, facts, HealthWeights.DEFAULT, NOW).orElseThrow();

        assertThat(health.missing()).containsExactly(HealthDimension.ENGAGEMENT, HealthDimension.SATISFACTION,
                HealthDimension.COMMERCIAL);
        // 100 - 2*10 - 15 - 15 - 5
        assertThat(health.score()).isEqualTo(45);
        assertThat(health.contributions().get(0).renormalisedWeight()).isEqualTo(1.0);
        assertThat(health.contributions().get(0).rules()).extracting(HealthRule::rule)
                .containsExactly("base", "open_complaints", "sla_breaches", "escalations", "support_calls");
    }

    @Test
    void nothingKnownIsNoHealthAtAll() {
        assertThat(CustomerHealth.assess(CUSTOMER, CustomerFacts.NONE, HealthWeights.DEFAULT, NOW)).isEmpty();
    }

    @Test
    void engagementFadesAsTheLastPurchaseAges() {
        assertThat(engagementAfter(Duration.ofDays(5))).isEqualTo(60);
        assertThat(engagementAfter(Duration.ofDays(60))).isEqualTo(45);
        assertThat(engagementAfter(Duration.ofDays(120))).isEqualTo(30);
        assertThat(engagementAfter(Duration.ofDays(300))).isEqualTo(5);
        assertThat(engagementAfter(Duration.ofDays(400))).isEqualTo(0);
    }

    @Test
    void aBadDimensionNeverGoesBelowZeroNorTheScoreAboveAHundred() {
        CustomerFacts awful = new CustomerFacts(null, 0, 0, 3, 3, 3, 2, 5, 5, 5, 5, 0, 0, 0, 0);
        CustomerHealth health = CustomerHealth.assess(CUSTOMER, awful, HealthWeights.DEFAULT, NOW).orElseThrow();

        assertThat(health.score()).isZero();
        assertThat(health.band(40)).isEqualTo(HealthBand.AT_RISK);
        CustomerFacts superb = new CustomerFacts(NOW, 9, 4, 4, 20, 0, 0, 0, 0, 0, 0, 9, 0, 0, 0);
        assertThat(CustomerHealth.assess(CUSTOMER, superb, HealthWeights.DEFAULT, NOW).orElseThrow().score()).isEqualTo(100);
    }

    @Test
    void weightsMustEachBeZeroToAHundredAndNotAllZero() {
        assertThatThrownBy(() -> new HealthWeights(Map.of(HealthDimension.ENGAGEMENT, 101, HealthDimension.SATISFACTION, 0,
                HealthDimension.SUPPORT, 0, HealthDimension.COMMERCIAL, 0)))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("engagement");
        assertThatThrownBy(() -> new HealthWeights(Map.of(HealthDimension.ENGAGEMENT, 0, HealthDimension.SATISFACTION, 0,
                HealthDimension.SUPPORT, 0, HealthDimension.COMMERCIAL, 0)))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("weights");
        assertThatThrownBy(() -> new HealthWeights(Map.of(HealthDimension.ENGAGEMENT, 10)))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("satisfaction");
    }

    private static int engagementAfter(Duration age) {
        int inLast180Days = age.toDays() <= 180 ? 1 : 0;
        int inLast365Days = age.toDays() <= 365 ? 1 : 0;
        CustomerFacts facts = new CustomerFacts(NOW.minus(age), inLast180Days, 0, 0, 0, 0, 0, 0, 0, 0, 0, inLast365Days, 0, 0, 0);
        return value(CustomerHealth.assess(CUSTOMER, facts, HealthWeights.DEFAULT, NOW).orElseThrow(), HealthDimension.ENGAGEMENT);
    }

    private static int value(CustomerHealth health, HealthDimension dimension) {
        return health.contributions().stream().filter(c -> c.dimension() == dimension).findFirst().orElseThrow().value();
    }
}
