package com.converge.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.converge.complaint.domain.HealthAlertPolicy.Standing;
import com.converge.complaint.domain.HealthAlertPolicy.Verdict;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HealthAlertPolicyTest {

    private final HealthAlertPolicy policy = new HealthAlertPolicy(5, 40, 15, Duration.ofDays(7));

    @Test
    void theFirstScoreIsNews() {
        assertThat(policy.judge(Standing.UNKNOWN, 80, null).changed()).isTrue();
    }

    @Test
    void aSmallMoveIsNotNewsButSeveralSmallMovesAddUpFromTheLastPublishedScore() {
        assertThat(policy.judge(new Standing(80, 80, false), 83, 80).changed()).isFalse();
        // the last score was 83, but 85 is 5 away from the 80 that was published
        assertThat(policy.judge(new Standing(83, 80, false), 85, 83).changed()).isTrue();
    }

    @Test
    void crossingIntoAnotherBandIsNewsEvenByOnePoint() {
        assertThat(policy.judge(new Standing(70, 70, false), 69, 70).changed()).isTrue();
    }

    @Test
    void fallingBelowTheThresholdRaisesRiskOnceUntilTheCustomerRecovers() {
        Verdict falling = policy.judge(new Standing(45, 45, false), 38, 45);
        assertThat(falling.atRisk()).isTrue();
        assertThat(falling.atRiskReason()).isEqualTo("score 38 is below 40");

        Verdict stillLow = policy.judge(new Standing(38, 38, true), 30, 45);
        assertThat(stillLow.atRisk()).isTrue();
        assertThat(stillLow.atRiskReason()).isNull();

        Verdict recovered = policy.judge(new Standing(30, 30, true), 50, 45);
        assertThat(recovered.atRisk()).isFalse();
        assertThat(policy.judge(new Standing(50, 50, false), 35, 50).atRiskReason()).isNotNull();
    }

    @Test
    void aSharpDropWithinTheWindowRaisesRiskWhileStillAboveTheThreshold() {
        Verdict verdict = policy.judge(new Standing(90, 90, false), 70, 90);
        assertThat(verdict.atRiskReason()).isEqualTo("dropped 20 points from 90 within 7 days");
        // exactly the configured drop is not more than it
        assertThat(policy.judge(new Standing(90, 90, false), 75, 90).atRisk()).isFalse();
    }
}
