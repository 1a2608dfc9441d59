package com.converge.booking.adapter.outbound.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Read through Hibernate; inserted with native SQL so an id can be chosen or left to AUTO_INCREMENT. */
@Entity
@Table(name = "customer")
public class CustomerEntity extends PanacheEntityBase {

    @Id
    public long id;

    public String name;
    public String phone;
    public String email;

    @Column(name = "referral_code")
    public String referralCode;

    @Column(name = "referred_by")
    public Long referredBy;

    @Column(name = "registered_at")
    public Instant registeredAt;
}
