package com.converge.callqueue.adapter.outbound.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "do_not_call")
public class DoNotCallEntity {

    @Id
    @Column(name = "customer_id")
    public Long customerId;

    @Column(name = "added_by")
    public String addedBy;

    public String reason;

    @Column(name = "added_at")
    public Instant addedAt;
}
