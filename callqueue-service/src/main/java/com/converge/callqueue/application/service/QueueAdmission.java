package com.converge.callqueue.application.service;

import com.converge.callqueue.application.port.outbound.QueueEntries;
import com.converge.callqueue.application.port.outbound.ScoreHistory;
import com.converge.callqueue.domain.Callback;
import com.converge.callqueue.domain.EntryContext;
import com.converge.callqueue.domain.QueueEntry;
import com.converge.callqueue.domain.QueueName;
import com.converge.callqueue.domain.ScoreChange;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.UuidV7;
import io.smallrye.mutiny.Uni;
import java.time.Instant;

/**
 * Puts a customer in a queue, keeping one active entry per customer and queue: a customer already
 * waiting there gets the new reason as their entry's context instead of a second entry.
 */
class QueueAdmission {

    private final QueueEntries entries;
    private final ScoreHistory history;

    QueueAdmission(QueueEntries entries, ScoreHistory history) {
        this.entries = entries;
        this.history = history;
    }

    Uni<Void> admit(CustomerId customerId, QueueName queue, EntryContext context, Callback callback, Instant now) {
        return entries.lockActive(customerId, queue).chain(existing -> {
            if (existing.isPresent()) {
                return entries.update(existing.get().anotherReason(context, callback, now));
            }
            QueueEntry entry = QueueEntry.enqueue(UuidV7.next(), customerId, queue, context, callback, now);
            return entries.add(entry).chain(() -> history.append(entry.id(), ScoreChange.entered(queue, now)));
        });
    }
}
