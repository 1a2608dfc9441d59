package com.converge.callqueue.application.port.outbound;

import com.converge.callqueue.application.port.inbound.QueueEntryView;
import com.converge.callqueue.domain.CallingRules;
import com.converge.callqueue.domain.QueueEntry;
import com.converge.callqueue.domain.QueueName;
import com.converge.kernel.domain.CustomerId;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface QueueEntries {

    /** The customer's active entry in {@code queue}, locked until the transaction ends. */
    Uni<Optional<QueueEntry>> lockActive(CustomerId customerId, QueueName queue);

    /** The entry, locked until the transaction ends. */
    Uni<Optional<QueueEntry>> lock(UUID entryId);

    Uni<Optional<QueueEntryView>> find(UUID entryId);

    /**
     * The first entry of {@code queue} in serving order that {@code agent} may be given now under
     * {@code rules} (unclaimed or claim expired, callback due and theirs or past the owner's grace,
     * customer not on the do-not-call list, under today's attempt cap), locked until the transaction
     * ends. Entries other transactions hold locked are skipped, not waited for, so concurrent
     * claims never get the same entry.
     */
    Uni<Optional<QueueEntryView>> lockNextServable(QueueName queue, String agent, Instant now, CallingRules rules);

    /** Writes the claim of an entry this transaction locked with {@link #lockNextServable}. */
    Uni<Void> saveClaim(QueueEntry claimed);

    /**
     * Keeps the entry, which this transaction holds locked, from claims until {@code until}: claims no
     * longer pass it on their way through the queue.
     */
    Uni<Void> park(UUID entryId, Instant until);

    /** Keeps every active entry of the customer from claims for good (do-not-call). */
    Uni<Void> parkForGood(CustomerId customerId);

    /** Returns at most {@code limit} entries whose parking ended by {@code now} to claims; how many it returned. */
    Uni<Integer> returnParked(Instant now, int limit);

    Uni<Void> add(QueueEntry entry);

    Uni<Void> update(QueueEntry entry);

    Uni<List<QueueEntryView>> activeInServingOrder(QueueName queue, Instant now, int limit);
}
