package com.converge.callqueue.domain;

import com.converge.kernel.domain.BusinessRuleViolation;
import com.converge.kernel.domain.ConflictException;
import com.converge.kernel.domain.CustomerId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A customer waiting in one queue. There is at most one active entry per customer and queue. An
 * agent claims it for a while, and records how the call went; each call moves the score by the
 * scoring table and is kept in the score history.
 */
public final class QueueEntry {

    private final UUID id;
    private final CustomerId customerId;
    private final QueueName queue;
    private final Score score;
    private final int attempts;
    private final CallOutcome lastOutcome;
    private final EntryContext context;
    private final Callback callback;
    private final Claim claim;
    private final boolean active;
    private final Instant enqueuedAt;
    private final Instant updatedAt;

    /** An agent's hold on an entry until {@code expiresAt}; after that the entry is back in the queue. */
    public record Claim(String agentId, Instant expiresAt) {

        public Claim {
            Objects.requireNonNull(agentId, "agentId");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }

        public boolean heldBy(String agent, Instant now) {
            return agentId.equals(agent) && expiresAt.isAfter(now);
        }

        public boolean expired(Instant now) {
            return !expiresAt.isAfter(now);
        }
    }

    /** What recording a call did to the entry. */
    public record CallRecorded(QueueEntry entry, ScoreChange scoreChange, boolean verificationSettled) {
    }

    public QueueEntry(UUID id, CustomerId customerId, QueueName queue, Score score, int attempts, CallOutcome lastOutcome,
                      EntryContext context, Callback callback, Claim claim, boolean active, Instant enqueuedAt,
                      Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.score = Objects.requireNonNull(score, "score");
        this.attempts = attempts;
        this.lastOutcome = lastOutcome;
        this.context = Objects.requireNonNull(context, "context");
        this.callback = callback;
        this.claim = claim;
        this.active = active;
        this.enqueuedAt = Objects.requireNonNull(enqueuedAt, "enqueuedAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * A new entry starts at score 0, at the back of its queue. Moving a customer to another queue is
     * a new entry there, so their score starts again at 0: scores are never carried across queues.
     */
    public static QueueEntry enqueue(UUID id, CustomerId customerId, QueueName queue, EntryContext context,
                                     Callback callback, Instant now) {
        return new QueueEntry(id, customerId, queue, Score.INITIAL, 0, null, context, callback, null, true, now, now);
    }

    /**
     * Another reason to call a customer already waiting here: the entry takes the new context and
     * keeps the sooner callback, instead of the customer getting a second entry.
     */
    public QueueEntry anotherReason(EntryContext newContext, Callback newCallback, Instant now) {
        Callback kept = newCallback == null ? callback : newCallback.sooner(callback);
        return new QueueEntry(id, customerId, queue, score, attempts, lastOutcome, newContext, kept, claim, active,
                enqueuedAt, now);
    }

    /**
     * Whether {@code agent} may be handed this entry now (the calling rules that depend on the
     * customer, window, do-not-call list and daily cap, are checked by the caller).
     */
    public boolean isServableTo(String agent, Instant now, CallingRules rules) {
        if (!active || (claim != null && !claim.expired(now))) {
            return false;
        }
        return callback == null || callback.mayBeMadeBy(agent, now, rules.ownerGrace());
    }

    public QueueEntry claimBy(String agent, Instant now, CallingRules rules) {
        if (!isServableTo(agent, now, rules)) {
            throw new ConflictException("entry-not-available", "entry " + id + " cannot be given to " + agent + " now");
        }
        return new QueueEntry(id, customerId, queue, score, attempts, lastOutcome, context, callback,
                new Claim(agent, now.plus(rules.claimFor())), active, enqueuedAt, now);
    }

    public boolean isClaimedBy(String agent, Instant now) {
        return claim != null && claim.heldBy(agent, now);
    }

    /**
     * The call the claiming agent made: the score moves by the table (and the attempt penalty), the
     * claim ends, a new callback replaces the one that was due, and a call that settles an order
     * verification takes the entry out of the queue.
     */
    public CallRecorded recordCall(String agent, CallOutcome outcome, Callback nextCallback, ScoringTable table,
                                   Instant now) {
        if (!active) {
            throw new ConflictException("entry-inactive", "entry " + id + " is no longer in the queue");
        }
        if (!isClaimedBy(agent, now)) {
            throw new ConflictException("claim-not-held", "entry " + id + " is not claimed by " + agent
                    + " (or the claim expired): claim it first");
        }
        if (outcome == CallOutcome.CALLBACK_REQUESTED && nextCallback == null) {
            throw new BusinessRuleViolation("callback", "a callback_requested outcome needs a callback");
        }
        if ((outcome == CallOutcome.VERIFIED || outcome == CallOutcome.REFUSED) && !context.isOrderVerification()) {
            throw new BusinessRuleViolation("outcome", outcome.wireName() + " is only for order verification calls");
        }
        if (nextCallback != null && !nextCallback.dueAt().isAfter(now)) {
            throw new BusinessRuleViolation("callback.dueAt", "a callback is scheduled in the future");
        }
        int attempt = attempts + 1;
        ScoreChange change = table.score(score, outcome, attempt, now);
        boolean settles = context.isOrderVerification() && outcome.settlesVerification();
        QueueEntry after = new QueueEntry(id, customerId, queue, change.after(), attempt, outcome, context,
                nextCallback, null, active && !settles, enqueuedAt, now);
        return new CallRecorded(after, change, settles);
    }

    /** The customer bought: the lead has converted and leaves the queue. */
    public QueueEntry converted(Instant now) {
        return new QueueEntry(id, customerId, queue, score, attempts, lastOutcome, context, callback, null, false,
                enqueuedAt, now);
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

    public CallOutcome lastOutcome() {
        return lastOutcome;
    }

    public EntryContext context() {
        return context;
    }

    public Callback callback() {
        return callback;
    }

    public Claim claim() {
        return claim;
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
