package com.converge.callqueue.application.service;

import com.converge.callqueue.application.port.outbound.CallLog;
import com.converge.callqueue.application.port.outbound.DoNotCallList;
import com.converge.callqueue.application.port.outbound.QueueEntries;
import com.converge.callqueue.application.port.outbound.ScoreHistory;
import com.converge.callqueue.domain.Callback;
import com.converge.callqueue.domain.CallingRules;
import com.converge.callqueue.domain.EntryContext;
import com.converge.callqueue.domain.QueueEntry;
import com.converge.callqueue.domain.QueueName;
import com.converge.callqueue.domain.ScoreChange;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.UuidV7;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.UUID;

/**
 * Puts a customer in a queue, keeping one active entry per customer and queue: a customer already
 * waiting there gets the new reason as their entry's context instead of a second entry. The entry of
 * a customer on the do-not-call list, or already at today's attempt cap, is parked as it arrives, as
 * the listing or the capping call would have parked it.
 */
class QueueAdmission {

    private final QueueEntries entries;
    private final ScoreHistory history;
    private final DoNotCallList doNotCall;
    private final CallLog callLog;
    private final CallingRules rules;

    QueueAdmission(QueueEntries entries, ScoreHistory history, DoNotCallList doNotCall, CallLog callLog,
                   CallingRules rules) {
        this.entries = entries;
        this.history = history;
        this.doNotCall = doNotCall;
        this.callLog = callLog;
        this.rules = rules;
    }

    Uni<Void> admit(CustomerId customerId, QueueName queue, EntryContext context, Callback callback, Instant now) {
        return entries.lockActive(customerId, queue).chain(existing -> {
            if (existing.isPresent()) {
                return entries.update(existing.get().anotherReason(context, callback, now))
                        .replaceWith(existing.get().id());
            }
            QueueEntry entry = QueueEntry.enqueue(UuidV7.next(), customerId, queue, context, callback, now);
            return entries.add(entry).chain(() -> history.append(entry.id(), ScoreChange.entered(queue, now)))
                    .replaceWith(entry.id());
        }).chain(entryId -> parkIfUncallable(entryId, customerId, now));
    }

    private Uni<Void> parkIfUncallable(UUID entryId, CustomerId customerId, Instant now) {
        return doNotCall.find(customerId).chain(listing -> callLog.attemptsOn(customerId, rules.window().dayOf(now))
                .chain(callsToday -> rules.parkedUntil(listing != null, callsToday, now)
                        .map(until -> entries.park(entryId, until))
                        .orElseGet(() -> Uni.createFrom().voidItem())));
    }
}
