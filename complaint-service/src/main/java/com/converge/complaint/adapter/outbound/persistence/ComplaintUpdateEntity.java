package com.converge.complaint.adapter.outbound.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "complaint_update")
public class ComplaintUpdateEntity extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "CHAR(36)")
    public String id;

    @Column(name = "complaint_id")
    public String complaintId;

    public String author;

    @Column(name = "author_role")
    public String authorRole;

    public String visibility;
    public String body;

    @Column(name = "created_at")
    public Instant createdAt;
}
