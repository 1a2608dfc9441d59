package com.converge.booking.adapter.outbound.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "address")
public class AddressEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "customer_id")
    public long customerId;

    public String label;
    public String line1;
    public String line2;
    public String city;

    @Column(name = "state_code")
    public String stateCode;

    public String pincode;

    @Column(name = "is_default")
    public boolean isDefault;

    @Column(name = "created_at")
    public Instant createdAt;
}
