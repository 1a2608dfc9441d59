package com.converge.callqueue.adapter.outbound.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

@Entity
@Table(name = "conversion_share")
@IdClass(ConversionShareEntity.Key.class)
public class ConversionShareEntity {

    @Id
    @Column(name = "conversion_id", columnDefinition = "CHAR(36)")
    public String conversionId;

    @Id
    @Column(name = "agent_id")
    public String agentId;

    @Column(name = "share_percent")
    public BigDecimal sharePercent;

    @Column(name = "commission_amount")
    public BigDecimal commissionAmount;

    public static class Key implements Serializable {
        public String conversionId;
        public String agentId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(conversionId, key.conversionId)
                    && Objects.equals(agentId, key.agentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(conversionId, agentId);
        }
    }
}
