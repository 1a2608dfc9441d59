package com.converge.order.adapter.outbound.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "order_verification")
public class VerificationEntity extends PanacheEntityBase {

    @Id
    @Column(name = "order_id", columnDefinition = "CHAR(36)")
    public String orderId;

    @Column(name = "customer_id")
    public long customerId;

    public String outcome;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "agent_id")
    public String agentId;

    public String reason;
}
