package com.converge.callqueue.domain;

import com.converge.kernel.domain.CustomerId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A customer waiting in one queue. There is at most one active entry per customer and queue. */
public final class QueueEntry {

    private final UUID id;
    private final CustomerId customerId;
    private final QueueName queue;
    private final Score score;
    private final int attempts;
    private final EntryContext context;
    private final Callback callback;
    private final boolean active;
    private final Instant enqueuedAt;
    private final Instant updatedAt;

    public QueueEntry(UUID id, CustomerId customerId, QueueName queue, Score score, int attempts, EntryContext context,
                      Callback callback, boolean active, Instant enqueuedAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.score = Objects.requireNonNull(score, "score");
        this.attempts = attempts;
        this.context = Objects.requireNonNull(context, "context");
        this.callback = callback;
        this.active = active;
        this.enqueuedAt = Objects.requireNonNull(enqueuedAt, "enqueuedAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new entry starts at score 0, at the back of its queue. */
    public static QueueEntry enqueue(UUID id, CustomerId customerId, QueueName queue, EntryContext context,
                                     Callback callback, Instant now) {
        return new QueueEntry(id, customerId, queue, Score.INITIAL, 0, context, callback, true, now, now);
    }

    /**
     * Another reason to call a customer already waiting here: the entry takes the new context and
     * keeps the sooner callback, instead of the customer getting a second entry.
     */
    public QueueEntry anotherReason(EntryContext newContext, Callback newCallback, Instant now) {
        Callback kept = newCallback == null ? callback : newCallback.sooner(callback);
        return new QueueEntry(id, customerId, queue, score, attempts, newContext, kept, active, enqueuedAt, now);
    }

    public UUID id() {
        return id;
    }

    public CustomerId customerId() {
        return customerId;
    }

    public QueueName queue() {
        return queue;
    }

    public Score score() {
        return score;
    }

    public int attempts() {
        return attempts;
    }

    public EntryContext context() {
        return context;
    }

    public Callback callback() {
        return callback;
    }

    public boolean active() {
        return active;
    }

    public Instant enqueuedAt() {
        return enqueuedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
