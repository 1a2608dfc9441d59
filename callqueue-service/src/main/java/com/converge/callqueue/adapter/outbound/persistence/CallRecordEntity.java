package com.converge.callqueue.adapter.outbound.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "call_record")
public class CallRecordEntity {

    @Id
    @Column(columnDefinition = "CHAR(36)")
    public String id;

    @Column(name = "entry_id", columnDefinition = "CHAR(36)")
    public String entryId;

    @Column(name = "customer_id")
    public long customerId;

    @Column(name = "agent_id")
    public String agentId;

    public String queue;
    public String outcome;
    public boolean connected;

    @Column(name = "duration_seconds")
    public int durationSeconds;

    public String notes;

    @Column(name = "completed_at")
    public Instant completedAt;
}
