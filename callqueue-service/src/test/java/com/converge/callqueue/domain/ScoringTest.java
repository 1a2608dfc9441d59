package com.converge.callqueue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.converge.kernel.domain.BusinessRuleViolation;
import com.converge.kernel.domain.ConflictException;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringTest {

    private static final Instant NOW = Instant.parse("2026-11-20T06:00:00Z");
    private static final CallingRules RULES = new CallingRules(CallingWindow.INDIA, 3, Duration.ofMinutes(5),
            Duration.ofMinutes(15));
    private static final ScoringTable TABLE = ScoringTable.DEFAULT;

    @ParameterizedTest
    @CsvSource({
            "no_answer, 50, 60",
            "busy, 50, 55",
            "voicemail, 50, 58",
            "not_interested, 50, 100",
            "wrong_number, 50, 200",
            "connected, 50, 70"})
    void eachOutcomeMovesTheScoreByTheTable(String outcome, int before, int after) {
        QueueEntry entry = claimed(lead(before, 0));

        var recorded = entry.recordCall("a-1", CallOutcome.fromWire("outcome", outcome), null, TABLE, NOW.plusSeconds(60));

        assertThat(recorded.entry().score()).isEqualTo(new Score(after));
        assertThat(recorded.scoreChange().before()).isEqualTo(new Score(before));
        assertThat(recorded.scoreChange().cause()).contains(outcome);
        assertThat(recorded.entry().attempts()).isEqualTo(1);
        assertThat(recorded.entry().lastOutcome()).isEqualTo(CallOutcome.fromWire("outcome", outcome));
        assertThat(recorded.entry().claim()).isNull();
    }

    @Test
    void aRequestedCallbackMovesTheCustomerUpAndIsTheAgentsOwn() {
        QueueEntry entry = claimed(lead(40, 0));
        Callback next = new Callback(NOW.plus(Duration.ofHours(2)), "after lunch", "a-1");

        var recorded = entry.recordCall("a-1", CallOutcome.CALLBACK_REQUESTED, next, TABLE, NOW.plusSeconds(60));

        assertThat(recorded.entry().score()).isEqualTo(new Score(25));
        assertThat(recorded.entry().callback()).isEqualTo(next);
    }

    @Test
    void aCallbackRequestedOutcomeNeedsACallback() {
        assertThatThrownBy(() -> claimed(lead(0, 0)).recordCall("a-1", CallOutcome.CALLBACK_REQUESTED, null, TABLE,
                NOW.plusSeconds(60)))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasFieldOrPropertyWithValue("field", "callback");
    }

    @Test
    void theScoreIsClampedToZeroAndTwoHundred() {
        var down = claimed(lead(5, 0)).recordCall("a-1", CallOutcome.CALLBACK_REQUESTED,
                Callback.byAnyone(NOW.plusSeconds(3600), "later"), TABLE, NOW.plusSeconds(60));
        var up = claimed(lead(150, 0)).recordCall("a-1", CallOutcome.WRONG_NUMBER, null, TABLE, NOW.plusSeconds(60));

        assertThat(down.entry().score()).isEqualTo(Score.INITIAL);
        assertThat(down.scoreChange().outcomeAdjustment()).isEqualTo(-15);
        assertThat(up.entry().score()).isEqualTo(new Score(200));
        assertThat(new Score(199).adjustedBy(500)).isEqualTo(new Score(200));
        assertThat(new Score(1).adjustedBy(-500)).isEqualTo(new Score(0));
    }

    @Test
    void attemptsBeyondTheFreeOnesAddThePenalty() {
        var third = claimed(lead(0, 2)).recordCall("a-1", CallOutcome.BUSY, null, TABLE, NOW.plusSeconds(60));
        var fourth = claimed(lead(0, 3)).recordCall("a-1", CallOutcome.BUSY, null, TABLE, NOW.plusSeconds(60));

        assertThat(third.scoreChange().attemptPenalty()).isZero();
        assertThat(third.entry().score()).isEqualTo(new Score(5));
        assertThat(fourth.scoreChange().attemptPenalty()).isEqualTo(10);
        assertThat(fourth.entry().score()).isEqualTo(new Score(15));
        assertThat(fourth.scoreChange().cause()).contains("attempt 4");
    }

    @Test
    void onlyTheAgentHoldingALiveClaimRecordsACall() {
        QueueEntry entry = claimed(lead(0, 0));

        assertThatThrownBy(() -> entry.recordCall("a-2", CallOutcome.BUSY, null, TABLE, NOW.plusSeconds(60)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> entry.recordCall("a-1", CallOutcome.BUSY, null, TABLE, NOW.plusSeconds(301)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> lead(0, 0).recordCall("a-1", CallOutcome.BUSY, null, TABLE, NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aVerificationCallThatSettlesTakesTheEntryOutOfTheQueue() {
        QueueEntry verification = QueueEntry.enqueue(UUID.randomUUID(), new CustomerId(9), QueueName.OUTSTANDING_REQUESTS,
                EntryContext.orderVerification("o-1"), null, NOW).claimBy("a-1", NOW, RULES);

        var verified = verification.recordCall("a-1", CallOutcome.VERIFIED, null, TABLE, NOW.plusSeconds(30));
        var noAnswer = verification.recordCall("a-1", CallOutcome.NO_ANSWER, null, TABLE, NOW.plusSeconds(30));

        assertThat(verified.verificationSettled()).isTrue();
        assertThat(verified.entry().active()).isFalse();
        assertThat(noAnswer.verificationSettled()).isFalse();
        assertThat(noAnswer.entry().active()).isTrue();
    }

    @Test
    void verifiedAndRefusedAreOnlyForVerificationCalls() {
        assertThatThrownBy(() -> claimed(lead(0, 0)).recordCall("a-1", CallOutcome.VERIFIED, null, TABLE, NOW.plusSeconds(1)))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasFieldOrPropertyWithValue("field", "outcome");
    }

    @Test
    void aScoringTableKeepsEveryAdjustmentWithinTheSourceDesignsRange() {
        Map<CallOutcome, Integer> adjustments = new EnumMap<>(ScoringTable.DEFAULT.adjustments());
        adjustments.put(CallOutcome.BUSY, -16);
        assertThatThrownBy(() -> new ScoringTable(adjustments, 3, 10))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "adjustments.busy");
        adjustments.put(CallOutcome.BUSY, 201);
        assertThatThrownBy(() -> new ScoringTable(adjustments, 3, 10)).isInstanceOf(InvalidValueException.class);
        adjustments.remove(CallOutcome.BUSY);
        assertThatThrownBy(() -> new ScoringTable(adjustments, 3, 10))
                .hasFieldOrPropertyWithValue("field", "adjustments.busy");
    }

    @Test
    void aNewEntryInAnotherQueueStartsAgainAtZero() {
        QueueEntry lead = lead(120, 4);
        QueueEntry outstanding = QueueEntry.enqueue(UUID.randomUUID(), lead.customerId(), QueueName.OUTSTANDING_REQUESTS,
                EntryContext.customerAtRisk(), null, NOW);

        assertThat(outstanding.score()).isEqualTo(Score.INITIAL);
        assertThat(outstanding.attempts()).isZero();
        assertThat(ScoreChange.entered(QueueName.OUTSTANDING_REQUESTS, NOW).after()).isEqualTo(Score.INITIAL);
    }

    private static QueueEntry lead(int score, int attempts) {
        return new QueueEntry(UUID.randomUUID(), new CustomerId(7), QueueName.UNSIGNED_USERS, new Score(score), attempts,
                null, EntryContext.registration(), null, null, true, NOW.minusSeconds(3600), NOW.minusSeconds(3600));
    }

    private static QueueEntry claimed(QueueEntry entry) {
        return entry.claimBy("a-1", NOW, RULES);
    }
}
