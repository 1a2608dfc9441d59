package com.converge.complaint.adapter.outbound.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "sla_policy")
public class SlaPolicyEntity extends PanacheEntityBase {

    @Id
    public String id;

    public String name;
    public int position;

    /** Criteria, targets and calendar as JSON: read and written only by {@link MariaDbSlaPolicies}. */
    public String definition;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
