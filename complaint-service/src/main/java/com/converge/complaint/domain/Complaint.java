package com.converge.complaint.domain;

import com.converge.kernel.domain.ComplaintId;
import com.converge.kernel.domain.CustomerId;
import java.time.Instant;
import java.util.Objects;

/** A customer's complaint and the deadlines its SLA gives support. */
public final class Complaint {

    private final ComplaintId id;
    private final CustomerId customerId;
    private final ComplaintType type;
    private final Priority priority;
    private final ComplaintStatus status;
    private final String subject;
    private final String description;
    private final ComplaintReference reference;
    private final Instant createdAt;
    private final Instant responseDueAt;
    private final Instant resolutionDueAt;

    public Complaint(ComplaintId id, CustomerId customerId, ComplaintType type, Priority priority, ComplaintStatus status,
                     String subject, String description, ComplaintReference reference, Instant createdAt,
                     Instant responseDueAt, Instant resolutionDueAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.type = Objects.requireNonNull(type, "type");
        this.priority = Objects.requireNonNull(priority, "priority");
        this.status = Objects.requireNonNull(status, "status");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.description = Objects.requireNonNull(description, "description");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.responseDueAt = Objects.requireNonNull(responseDueAt, "responseDueAt");
        this.resolutionDueAt = Objects.requireNonNull(resolutionDueAt, "resolutionDueAt");
    }

    /** A new complaint, open, with its first-response and resolution deadlines counted from {@code now}. */
    public static Complaint raise(CustomerId customerId, ComplaintType type, Priority priority, String subject,
                                  String description, ComplaintReference reference, SlaTargets targets, Instant now) {
        return new Complaint(ComplaintId.next(), customerId, type, priority, ComplaintStatus.OPEN, subject, description,
                reference, now, now.plus(targets.firstResponseFor(priority)), now.plus(targets.resolutionFor(priority)));
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

    public Instant createdAt() {
        return createdAt;
    }

    public Instant responseDueAt() {
        return responseDueAt;
    }

    public Instant resolutionDueAt() {
        return resolutionDueAt;
    }
}
