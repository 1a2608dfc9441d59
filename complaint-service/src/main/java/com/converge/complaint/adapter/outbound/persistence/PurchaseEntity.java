package com.converge.complaint.adapter.outbound.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "purchase")
public class PurchaseEntity extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "CHAR(36)")
    public String id;

    public String kind;

    @Column(name = "customer_id")
    public long customerId;

    @Column(name = "total_amount")
    public BigDecimal totalAmount;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "completed_at")
    public Instant completedAt;
}
