package com.converge.callqueue.adapter.outbound.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "conversion")
public class ConversionEntity {

    @Id
    @Column(columnDefinition = "CHAR(36)")
    public String id;

    @Column(name = "customer_id")
    public long customerId;

    @Column(name = "conversion_type")
    public String conversionType;

    @Column(name = "reference_id")
    public String referenceId;

    @Column(name = "value")
    public BigDecimal amount;

    @Column(name = "primary_agent")
    public String primaryAgent;

    @Column(name = "commission_amount")
    public BigDecimal commissionAmount;

    @Column(name = "converted_at")
    public Instant convertedAt;

    @Column(name = "clawed_back_at")
    public Instant clawedBackAt;
}
