package com.converge.booking.adapter.outbound.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "rate_card")
public class RateCardEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "subcategory_id")
    public int subcategoryId;

    public String name;
    public BigDecimal price;

    @Column(name = "strike_price")
    public BigDecimal strikePrice;

    @Column(name = "duration_minutes")
    public int durationMinutes;

    @Column(name = "active_from")
    public Instant activeFrom;

    @Column(name = "active_until")
    public Instant activeUntil;

    @Column(name = "all_pincodes")
    public boolean allPincodes;
}
