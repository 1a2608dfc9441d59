package com.converge.callqueue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QueueEntryTest {

    private static final Instant NOW = Instant.parse("2026-11-20T06:00:00Z");

    @Test
    void aNewEntryStartsAtScoreZeroAndActive() {
        QueueEntry entry = QueueEntry.enqueue(UUID.randomUUID(), new CustomerId(5), QueueName.OUTSTANDING_REQUESTS,
                EntryContext.complaint("c-1"), Callback.byAnyone(NOW, "high complaint"), NOW);

        assertThat(entry.score()).isEqualTo(Score.INITIAL);
        assertThat(entry.active()).isTrue();
        assertThat(entry.callback().isDue(NOW)).isTrue();
    }

    @Test
    void anotherReasonTakesTheNewContextButNeverPostponesThePromisedCall() {
        QueueEntry entry = QueueEntry.enqueue(UUID.randomUUID(), new CustomerId(5), QueueName.OUTSTANDING_REQUESTS,
                EntryContext.complaint("c-1"), Callback.byAnyone(NOW, "first"), NOW);

        QueueEntry updated = entry.anotherReason(EntryContext.complaint("c-2"),
                Callback.byAnyone(NOW.plus(Duration.ofHours(1)), "second"), NOW.plusSeconds(5));

        assertThat(updated.id()).isEqualTo(entry.id());
        assertThat(updated.context().complaintId()).isEqualTo("c-2");
        assertThat(updated.callback().reason()).isEqualTo("first");
        assertThat(updated.enqueuedAt()).isEqualTo(NOW);
    }

    @Test
    void aScoreStaysWithinZeroAndTwoHundred() {
        assertThat(new Score(200).value()).isEqualTo(200);
        assertThatThrownBy(() -> new Score(201)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Score(-1)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void onlyHighAndCriticalComplaintsAreCalledBackAtOnce() {
        assertThat(ComplaintCallbackPolicy.needsCallback("critical")).isTrue();
        assertThat(ComplaintCallbackPolicy.needsCallback("high")).isTrue();
        assertThat(ComplaintCallbackPolicy.needsCallback("medium")).isFalse();
        assertThat(ComplaintCallbackPolicy.needsCallback("low")).isFalse();
        assertThat(ComplaintCallbackPolicy.needsCallback(null)).isFalse();
    }
}
