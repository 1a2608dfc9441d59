package com.converge.callqueue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.converge.kernel.domain.ConflictException;
import com.converge.kernel.domain.CustomerId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ServingOrderTest {

    private static final Instant NOW = Instant.parse("2026-11-20T06:00:00Z");
    private static final CallingRules RULES = new CallingRules(CallingWindow.INDIA, 3, Duration.ofMinutes(5),
            Duration.ofMinutes(15));

    @Test
    void dueCallbacksComeFirstThenLowerScoreThenEarlierArrival() {
        var lowScoreLate = positioned(entry(0, null), 5);
        var lowScoreEarly = positioned(entry(0, null), 2);
        var highScore = positioned(entry(50, null), 1);
        var dueCallbackHighScore = positioned(entry(150, Callback.byAnyone(NOW.minusSeconds(60), "promised")), 9);
        var olderDueCallback = positioned(entry(150, Callback.byAnyone(NOW.minusSeconds(600), "promised")), 10);
        var futureCallback = positioned(entry(0, Callback.byAnyone(NOW.plusSeconds(600), "later")), 0);

        List<ServingOrder.PositionedEntry> queue = new ArrayList<>(List.of(
                lowScoreLate, highScore, futureCallback, dueCallbackHighScore, lowScoreEarly, olderDueCallback));
        queue.sort(ServingOrder.at(NOW));

        assertThat(queue).containsExactly(olderDueCallback, dueCallbackHighScore, futureCallback, lowScoreEarly,
                lowScoreLate, highScore);
    }

    @Test
    void aCallbackNotYetDueIsNotServedEarly() {
        QueueEntry entry = entry(0, Callback.byAnyone(NOW.plusSeconds(1), "at six"));

        assertThat(entry.isServableTo("a-1", NOW, RULES)).isFalse();
        assertThat(entry.isServableTo("a-1", NOW.plusSeconds(1), RULES)).isTrue();
    }

    @Test
    void anAgentsOwnCallbackWaitsForThemUntilTheGracePeriodEndsThenAnyoneMayTakeIt() {
        QueueEntry entry = entry(0, new Callback(NOW, "call me back", "a-owner"));

        assertThat(entry.isServableTo("a-owner", NOW, RULES)).isTrue();
        assertThat(entry.isServableTo("a-other", NOW, RULES)).isFalse();
        assertThat(entry.isServableTo("a-other", NOW.plus(Duration.ofMinutes(14)), RULES)).isFalse();
        assertThat(entry.isServableTo("a-other", NOW.plus(Duration.ofMinutes(15)), RULES)).isTrue();
    }

    @Test
    void aClaimedEntryIsNobodyElsesUntilTheClaimExpires() {
        QueueEntry claimed = entry(0, null).claimBy("a-1", NOW, RULES);

        assertThat(claimed.isClaimedBy("a-1", NOW.plusSeconds(299))).isTrue();
        assertThat(claimed.isServableTo("a-2", NOW.plusSeconds(299), RULES)).isFalse();
        assertThatThrownBy(() -> claimed.claimBy("a-2", NOW.plusSeconds(10), RULES)).isInstanceOf(ConflictException.class);
        assertThat(claimed.isServableTo("a-2", NOW.plusSeconds(300), RULES)).isTrue();
        assertThat(claimed.isClaimedBy("a-1", NOW.plusSeconds(300))).isFalse();
    }

    @Test
    void anInactiveEntryIsNeverServed() {
        QueueEntry converted = entry(0, null).converted(NOW);

        assertThat(converted.active()).isFalse();
        assertThat(converted.isServableTo("a-1", NOW, RULES)).isFalse();
    }

    static QueueEntry entry(int score, Callback callback) {
        return new QueueEntry(UUID.randomUUID(), new CustomerId(7), QueueName.UNSIGNED_USERS, new Score(score), 0, null,
                EntryContext.registration(), callback, null, true, NOW.minusSeconds(3600), NOW.minusSeconds(3600));
    }

    private static ServingOrder.PositionedEntry positioned(QueueEntry entry, long position) {
        return new ServingOrder.PositionedEntry(entry, position);
    }
}
