package com.converge.callqueue.adapter.outbound.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "queue_entry")
public class QueueEntryEntity extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "CHAR(36)")
    public String id;

    /** Arrival order, assigned by the database (AUTO_INCREMENT). */
    @Column(insertable = false, updatable = false)
    public Long position;

    @Column(name = "customer_id")
    public long customerId;

    public String queue;
    public int score;
    public int attempts;
    public String source;

    @Column(name = "complaint_id")
    public String complaintId;

    @Column(name = "order_id")
    public String orderId;

    @Column(name = "callback_due_at")
    public Instant callbackDueAt;

    @Column(name = "callback_reason")
    public String callbackReason;

    @Column(name = "callback_owner")
    public String callbackOwner;

    @Column(name = "claimed_by")
    public String claimedBy;

    @Column(name = "claim_expires_at")
    public Instant claimExpiresAt;

    /** Out of the claims' way until then (do-not-call: for good; daily cap reached: the next day); null when not parked. */
    @Column(name = "parked_until")
    public Instant parkedUntil;

    @Column(name = "last_outcome")
    public String lastOutcome;

    public boolean active;

    @Column(name = "enqueued_at")
    public Instant enqueuedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
