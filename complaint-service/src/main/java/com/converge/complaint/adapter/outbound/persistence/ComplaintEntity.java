package com.converge.complaint.adapter.outbound.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
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

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "response_due_at")
    public Instant responseDueAt;

    @Column(name = "resolution_due_at")
    public Instant resolutionDueAt;

    @Version
    public long version;
}
