package com.converge.complaint.adapter.outbound.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "complaint")
public class ComplaintEntity extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "CHAR(36)")
    public String id;

    @Column(name = "customer_id")
    public long customerId;

    public String type;
    public String priority;
    public String status;
    public String subject;
    public String description;

    @Column(name = "booking_id")
    public String bookingId;

    @Column(name = "order_id")
    public String orderId;

    public String segment;

    @Column(name = "policy_id")
    public String policyId;

    public String assignee;

    @Column(name = "escalation_level")
    public int escalationLevel;

    @Column(name = "resolution_summary")
    public String resolutionSummary;

    public String compensation;

    @Column(name = "compensation_amount")
    public BigDecimal compensationAmount;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "last_customer_message_at")
    public Instant lastCustomerMessageAt;

    @Column(name = "csat_rating")
    public Integer csatRating;

    @Column(name = "csat_comment")
    public String csatComment;

    @Column(name = "csat_recorded_at")
    public Instant csatRecordedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Computed by the database from status (V7): what the open-complaints list's index leads with. */
    @Column(insertable = false, updatable = false)
    public boolean unresolved;

    /** Computed by the database from the breach flags and due times (V11): when this complaint counts as breached. */
    @Column(name = "breach_at", insertable = false, updatable = false)
    public Instant breachAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "response_due_at")
    public Instant responseDueAt;

    @Column(name = "resolution_due_at")
    public Instant resolutionDueAt;

    @Column(name = "sla_check_due_at")
    public Instant slaCheckDueAt;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "targetSeconds", column = @Column(name = "fr_target_seconds")),
            @AttributeOverride(name = "state", column = @Column(name = "fr_state")),
            @AttributeOverride(name = "consumedMicros", column = @Column(name = "fr_consumed_micros")),
            @AttributeOverride(name = "runningSince", column = @Column(name = "fr_running_since")),
            @AttributeOverride(name = "stoppedAt", column = @Column(name = "fr_stopped_at")),
            @AttributeOverride(name = "warned", column = @Column(name = "fr_warned")),
            @AttributeOverride(name = "breached", column = @Column(name = "fr_breached"))})
    public SlaClockColumns firstResponse;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "targetSeconds", column = @Column(name = "nr_target_seconds")),
            @AttributeOverride(name = "state", column = @Column(name = "nr_state")),
            @AttributeOverride(name = "consumedMicros", column = @Column(name = "nr_consumed_micros")),
            @AttributeOverride(name = "runningSince", column = @Column(name = "nr_running_since")),
            @AttributeOverride(name = "stoppedAt", column = @Column(name = "nr_stopped_at")),
            @AttributeOverride(name = "warned", column = @Column(name = "nr_warned")),
            @AttributeOverride(name = "breached", column = @Column(name = "nr_breached"))})
    public SlaClockColumns nextResponse;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "targetSeconds", column = @Column(name = "res_target_seconds")),
            @AttributeOverride(name = "state", column = @Column(name = "res_state")),
            @AttributeOverride(name = "consumedMicros", column = @Column(name = "res_consumed_micros")),
            @AttributeOverride(name = "runningSince", column = @Column(name = "res_running_since")),
            @AttributeOverride(name = "stoppedAt", column = @Column(name = "res_stopped_at")),
            @AttributeOverride(name = "warned", column = @Column(name = "res_warned")),
            @AttributeOverride(name = "breached", column = @Column(name = "res_breached"))})
    public SlaClockColumns resolution;

    @Version
    public long version;
}
