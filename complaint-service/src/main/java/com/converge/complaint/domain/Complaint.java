package com.converge.complaint.domain;

import com.converge.kernel.domain.BusinessRuleViolation;
import com.converge.kernel.domain.ComplaintId;
import com.converge.kernel.domain.ConflictException;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.IllegalTransitionException;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A customer's complaint: its status, assignee, resolution and three SLA clocks. Every command
 * guards its own rules and records what it changed; {@link #pullChanges()} hands those to the
 * application service, which stores them with the complaint in one transaction.
 */
public final class Complaint {

    public static final Duration REOPEN_WINDOW = Duration.ofDays(7);
    /** A pause this soon after the customer wrote is flagged: the customer just answered. */
    public static final Duration SUSPICIOUS_PAUSE_WINDOW = Duration.ofMinutes(10);
    public static final String SYSTEM = "system";

    private final ComplaintId id;
    private final CustomerId customerId;
    private final ComplaintType type;
    private Priority priority;
    private ComplaintStatus status;
    private final String subject;
    private final String description;
    private final ComplaintReference reference;
    private final String segment;
    private final SlaPolicy policy;
    private String assignee;
    private int escalationLevel;
    private Resolution resolution;
    private Instant resolvedAt;
    private Instant lastCustomerMessageAt;
    private Csat csat;
    private final Instant createdAt;
    private final Map<SlaClockKind, SlaClock> clocks;
    private final List<ComplaintChange> changes = new ArrayList<>();

    public Complaint(ComplaintId id, CustomerId customerId, ComplaintType type, Priority priority, ComplaintStatus status,
                     String subject, String description, ComplaintReference reference, String segment, SlaPolicy policy,
                     String assignee, int escalationLevel, Resolution resolution, Instant resolvedAt,
                     Instant lastCustomerMessageAt, Csat csat, Instant createdAt, List<SlaClock> clocks) {
        this.id = Objects.requireNonNull(id, "id");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.type = Objects.requireNonNull(type, "type");
        this.priority = Objects.requireNonNull(priority, "priority");
        this.status = Objects.requireNonNull(status, "status");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.description = Objects.requireNonNull(description, "description");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.segment = Objects.requireNonNull(segment, "segment");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.assignee = assignee;
        this.escalationLevel = escalationLevel;
        this.resolution = resolution;
        this.resolvedAt = resolvedAt;
        this.lastCustomerMessageAt = lastCustomerMessageAt;
        this.csat = csat;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.clocks = new EnumMap<>(SlaClockKind.class);
        clocks.forEach(clock -> this.clocks.put(clock.kind(), clock));
        for (SlaClockKind kind : SlaClockKind.values()) {
            Objects.requireNonNull(this.clocks.get(kind), "clock " + kind);
        }
    }

    /** A new complaint, open, with its first-response and resolution clocks running from {@code now}. */
    public static Complaint raise(CustomerId customerId, ComplaintType type, Priority priority, String subject,
                                  String description, ComplaintReference reference, SlaPolicy policy, String segment,
                                  String actor, Instant now) {
        List<SlaClock> clocks = new ArrayList<>();
        for (SlaClockKind kind : SlaClockKind.values()) {
            clocks.add(SlaClock.idle(kind, policy.targets().targetFor(kind, priority)));
        }
        Complaint complaint = new Complaint(ComplaintId.next(), customerId, type, priority, ComplaintStatus.OPEN, subject,
                description, reference, segment, policy, null, 0, null, null, now, null, now, clocks);
        complaint.startClock(SlaClockKind.FIRST_RESPONSE, "applied policy " + policy.id(), actor, now);
        complaint.startClock(SlaClockKind.RESOLUTION, "applied policy " + policy.id(), actor, now);
        return complaint;
    }

    public void assign(String newAssignee, String actor, Instant now) {
        if (newAssignee == null || newAssignee.isBlank()) {
            throw new InvalidValueException("assignee", "is required");
        }
        requireUnresolved("assign");
        if (newAssignee.equals(assignee)) {
            return;
        }
        String previous = assignee;
        assignee = newAssignee;
        changes.add(new ComplaintChange.Assigned(newAssignee, previous, actor, now));
    }

    /**
     * A plain status move. Waiting on the customer pauses the running clocks with {@code reason};
     * leaving it resumes them. Escalating raises the level by one; closing stops every clock.
     */
    public void changeStatus(ComplaintStatus to, String reason, String actor, Instant now) {
        if (to == ComplaintStatus.RESOLVED) {
            throw new InvalidValueException("status", "a complaint is resolved with a summary, through its resolution");
        }
        if (status == ComplaintStatus.RESOLVED && to == ComplaintStatus.IN_PROGRESS) {
            reopen(actor, now);
            return;
        }
        if (!status.plainMoves().contains(to)) {
            throw new IllegalTransitionException("complaint", status.wireName(), to.wireName());
        }
        if (to == ComplaintStatus.ESCALATED) {
            escalateTo(Math.min(escalationLevel + 1, SlaPolicy.MAX_ESCALATION_LEVEL),
                    reason == null ? "escalated by " + actor : reason, actor, now);
            return;
        }
        moveTo(to, reason, actor, now);
    }

    /**
     * Resolves with a summary and, if {@code compensationAmount} is given, the compensation the
     * reference calls for: a wallet credit for a booking, a refund for an order.
     */
    public void resolve(String summary, Money compensationAmount, String actor, Instant now) {
        Compensation compensation = Compensation.NONE;
        if (compensationAmount != null) {
            if (reference.booking().isPresent()) {
                compensation = new Compensation(Compensation.Kind.WALLET_CREDIT, compensationAmount);
            } else if (reference.order().isPresent()) {
                compensation = new Compensation(Compensation.Kind.ORDER_REFUND, compensationAmount);
            } else {
                throw new BusinessRuleViolation("action", "compensation needs a complaint about a booking or an order");
            }
        }
        resolve(new Resolution(summary, compensation), actor, now);
    }

    /** Resolves with a summary and any compensation; a second compensation after a reopen is refused. */
    public void resolve(Resolution newResolution, String actor, Instant now) {
        requireUnresolved("resolve");
        Compensation.Kind kind = newResolution.compensation().kind();
        if (kind == Compensation.Kind.WALLET_CREDIT && reference.booking().isEmpty()) {
            throw new BusinessRuleViolation("action", "a wallet credit compensates a complaint about a booking");
        }
        if (kind == Compensation.Kind.ORDER_REFUND && reference.order().isEmpty()) {
            throw new BusinessRuleViolation("action", "an order refund compensates a complaint about an order");
        }
        if (!newResolution.compensation().isNone() && resolution != null && !resolution.compensation().isNone()) {
            throw new BusinessRuleViolation("action", "this complaint was compensated already");
        }
        for (SlaClock clock : clocks.values()) {
            stopClock(clock, actor, now);
        }
        resolution = newResolution;
        resolvedAt = now;
        moveTo(ComplaintStatus.RESOLVED, "resolved", actor, now);
        changes.add(new ComplaintChange.Resolved(newResolution, actor, now));
    }

    /** A resolved complaint comes back within seven days; its resolution clock runs on from where it stopped. */
    public void reopen(String actor, Instant now) {
        if (status != ComplaintStatus.RESOLVED) {
            throw new IllegalTransitionException("complaint", status.wireName(), ComplaintStatus.IN_PROGRESS.wireName());
        }
        if (now.isAfter(resolvedAt.plus(REOPEN_WINDOW))) {
            throw new ConflictException("reopen-window-closed", "a resolved complaint can be reopened within "
                    + REOPEN_WINDOW.toDays() + " days of its resolution");
        }
        moveTo(ComplaintStatus.IN_PROGRESS, "reopened", actor, now);
        SlaClock resolutionClock = clocks.get(SlaClockKind.RESOLUTION);
        resolutionClock.continueAfterReopen(now);
        log(resolutionClock, SlaLogEntry.Kind.RESUMED, "reopened", false, actor, now);
    }

    /** Priority changes recompute every clock's target, and so its due time, keeping the time already used. */
    public void changePriority(Priority newPriority, String actor, Instant now) {
        Objects.requireNonNull(newPriority, "priority");
        requireUnresolved("reprioritise");
        if (newPriority == priority) {
            return;
        }
        Priority previous = priority;
        priority = newPriority;
        changes.add(new ComplaintChange.PriorityChanged(previous, newPriority, actor, now));
        for (SlaClock clock : clocks.values()) {
            clock.retarget(policy.targets().targetFor(clock.kind(), newPriority));
            if (clock.isActive()) {
                log(clock, SlaLogEntry.Kind.APPLIED, "priority " + previous.wireName() + " -> " + newPriority.wireName(),
                        false, actor, now);
            }
        }
    }

    /**
     * Adds an entry to the thread. Support's first public reply fulfils the first-response clock and
     * any reply the next-response clock; a customer's message starts the next-response clock and
     * takes the complaint off waiting_on_customer. Internal notes move no clock.
     */
    public void addUpdate(ComplaintUpdate update) {
        if (status == ComplaintStatus.CLOSED) {
            throw new ConflictException("complaint-closed", "a closed complaint takes no more updates");
        }
        if (status == ComplaintStatus.RESOLVED && !update.isInternal()) {
            throw new ConflictException("complaint-resolved", "reopen a resolved complaint to comment on it");
        }
        changes.add(new ComplaintChange.Commented(update));
        if (update.isInternal()) {
            return;
        }
        Instant now = update.createdAt();
        if (update.authorRole() == ComplaintUpdate.AuthorRole.SUPPORT) {
            stopClock(clocks.get(SlaClockKind.FIRST_RESPONSE), update.author(), now);
            stopClock(clocks.get(SlaClockKind.NEXT_RESPONSE), update.author(), now);
            return;
        }
        lastCustomerMessageAt = now;
        if (status == ComplaintStatus.WAITING_ON_CUSTOMER) {
            moveTo(ComplaintStatus.IN_PROGRESS, "the customer replied", update.author(), now);
        }
        SlaClock next = clocks.get(SlaClockKind.NEXT_RESPONSE);
        if (clocks.get(SlaClockKind.FIRST_RESPONSE).state() == SlaClock.State.STOPPED && !next.isActive()) {
            startClock(SlaClockKind.NEXT_RESPONSE, "the customer wrote", update.author(), now);
        }
    }

    /** The customer rates the handling once, after resolution. */
    public void rate(int rating, String comment, String actor, Instant now) {
        if (status.isUnresolved()) {
            throw new ConflictException("csat-before-resolution", "a complaint is rated once it is resolved");
        }
        if (csat != null) {
            throw new ConflictException("csat-already-recorded", "this complaint was rated already");
        }
        csat = new Csat(rating, comment, now);
        changes.add(new ComplaintChange.Rated(csat, actor, now));
    }

    /**
     * What the SLA monitor does when this complaint's check time comes: warn at the policy's share of
     * a target, report a breach once per clock, and escalate an overdue resolution level by level.
     */
    public void checkSla(Instant now) {
        for (SlaClock clock : clocks.values()) {
            if (!clock.isRunning()) {
                continue;
            }
            Duration elapsed = clock.elapsed(now, policy.calendar());
            if (!clock.warned() && elapsed.compareTo(clock.target().multipliedBy(policy.warningPercent()).dividedBy(100)) >= 0) {
                clock.markWarned();
                log(clock, SlaLogEntry.Kind.WARNED, policy.warningPercent() + "% of the target used", false, SYSTEM, now);
            }
            if (!clock.breached() && elapsed.compareTo(clock.target()) >= 0) {
                clock.markBreached();
                log(clock, SlaLogEntry.Kind.BREACHED, "target of " + clock.target() + " overrun", false, SYSTEM, now);
            }
            if (clock.kind() == SlaClockKind.RESOLUTION && clock.breached()) {
                int due = escalationLevelDue(clock, elapsed);
                if (due > escalationLevel) {
                    escalateTo(due, "resolution SLA overdue (level " + due + ")", SYSTEM, now);
                }
            }
        }
    }

    /** When the monitor should look at this complaint next; null when no running clock can warn, breach or escalate. */
    public Instant nextSlaCheckAt() {
        Instant next = null;
        for (SlaClock clock : clocks.values()) {
            if (!clock.isRunning()) {
                continue;
            }
            Instant candidate;
            if (!clock.warned()) {
                candidate = clock.reachesShareAt(policy.warningPercent(), policy.calendar());
            } else if (!clock.breached()) {
                candidate = clock.dueAt(policy.calendar());
            } else if (clock.kind() == SlaClockKind.RESOLUTION && escalationLevel < policy.escalationOverduePercent().size()) {
                candidate = clock.reachesShareAt(100 + policy.escalationOverduePercent().get(escalationLevel), policy.calendar());
            } else {
                candidate = null;
            }
            if (candidate != null) {
                candidate = roundUpToMicros(candidate);
            }
            if (candidate != null && (next == null || candidate.isBefore(next))) {
                next = candidate;
            }
        }
        return next;
    }

    /** Stored times have microseconds; rounding down would wake the monitor just before the threshold, for nothing. */
    private static Instant roundUpToMicros(Instant instant) {
        Instant truncated = instant.truncatedTo(ChronoUnit.MICROS);
        return truncated.equals(instant) ? instant : truncated.plus(1, ChronoUnit.MICROS);
    }

    public SlaClockReading reading(SlaClockKind kind, Instant now) {
        return SlaClockReading.of(clocks.get(kind), now, policy.calendar());
    }

    public List<ComplaintChange> pullChanges() {
        List<ComplaintChange> pulled = List.copyOf(changes);
        changes.clear();
        return pulled;
    }

    private int escalationLevelDue(SlaClock resolutionClock, Duration elapsed) {
        int level = 0;
        List<Integer> thresholds = policy.escalationOverduePercent();
        for (int i = 0; i < thresholds.size(); i++) {
            if (elapsed.compareTo(resolutionClock.target().multipliedBy(100 + thresholds.get(i)).dividedBy(100)) >= 0) {
                level = i + 1;
            }
        }
        return level;
    }

    private void escalateTo(int level, String reason, String actor, Instant now) {
        escalationLevel = level;
        if (status != ComplaintStatus.ESCALATED) {
            moveTo(ComplaintStatus.ESCALATED, reason, actor, now);
        }
        changes.add(new ComplaintChange.Escalated(level, reason, actor, now));
    }

    private void moveTo(ComplaintStatus to, String reason, String actor, Instant now) {
        ComplaintStatus from = status;
        status = to;
        changes.add(new ComplaintChange.StatusChanged(from, to, reason, actor, now));
        if (to == ComplaintStatus.WAITING_ON_CUSTOMER) {
            boolean suspicious = lastCustomerMessageAt != null
                    && !now.isAfter(lastCustomerMessageAt.plus(SUSPICIOUS_PAUSE_WINDOW));
            String why = reason == null || reason.isBlank() ? "waiting on the customer" : reason;
            for (SlaClock clock : clocks.values()) {
                if (clock.isRunning()) {
                    clock.pause(now, policy.calendar());
                    log(clock, SlaLogEntry.Kind.PAUSED, why, suspicious, actor, now);
                }
            }
        } else if (from == ComplaintStatus.WAITING_ON_CUSTOMER) {
            for (SlaClock clock : clocks.values()) {
                if (clock.state() == SlaClock.State.PAUSED) {
                    clock.resume(now);
                    log(clock, SlaLogEntry.Kind.RESUMED, reason, false, actor, now);
                }
            }
        }
        if (to == ComplaintStatus.CLOSED) {
            for (SlaClock clock : clocks.values()) {
                stopClock(clock, actor, now);
            }
        }
    }

    private void startClock(SlaClockKind kind, String reason, String actor, Instant now) {
        SlaClock clock = clocks.get(kind);
        clock.start(now);
        log(clock, SlaLogEntry.Kind.APPLIED, reason, false, actor, now);
    }

    private void stopClock(SlaClock clock, String actor, Instant now) {
        if (!clock.isActive()) {
            return;
        }
        clock.stop(now, policy.calendar());
        log(clock, SlaLogEntry.Kind.FULFILLED, clock.isMet() ? "met" : "missed", false, actor, now);
    }

    private void log(SlaClock clock, SlaLogEntry.Kind kind, String reason, boolean suspicious, String actor, Instant now) {
        changes.add(new ComplaintChange.SlaLogged(new SlaLogEntry(clock.kind(), kind, reason, clock.dueAt(policy.calendar()),
                suspicious, actor, now)));
    }

    private void requireUnresolved(String action) {
        if (!status.isUnresolved()) {
            throw new IllegalTransitionException("complaint", status.wireName(), action);
        }
    }

    public ComplaintId id() {
        return id;
    }

    public CustomerId customerId() {
        return customerId;
    }

    public ComplaintType type() {
        return type;
    }

    public Priority priority() {
        return priority;
    }

    public ComplaintStatus status() {
        return status;
    }

    public String subject() {
        return subject;
    }

    public String description() {
        return description;
    }

    public ComplaintReference reference() {
        return reference;
    }

    public String segment() {
        return segment;
    }

    public SlaPolicy policy() {
        return policy;
    }

    public String assignee() {
        return assignee;
    }

    public int escalationLevel() {
        return escalationLevel;
    }

    public Resolution resolution() {
        return resolution;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public Instant lastCustomerMessageAt() {
        return lastCustomerMessageAt;
    }

    public Csat csat() {
        return csat;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<SlaClock> clocks() {
        return List.copyOf(clocks.values());
    }

    public SlaClock clock(SlaClockKind kind) {
        return clocks.get(kind);
    }

    /** The first-response due time while that clock runs (ComplaintCreated carries it). */
    public Instant responseDueAt() {
        return clocks.get(SlaClockKind.FIRST_RESPONSE).dueAt(policy.calendar());
    }

    public Instant resolutionDueAt() {
        return clocks.get(SlaClockKind.RESOLUTION).dueAt(policy.calendar());
    }
}
