package com.converge.kernel.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A lead from unsigned_users made their first booking or order. {@code conversionType} is booking or
 * order; the commission is split among the agents by their shares (percent, totalling 100).
 */
public record ConversionRecorded(String conversionId, long customerId, String conversionType, String referenceId,
                                 BigDecimal value, String primaryAgent, List<AgentShare> agents,
                                 BigDecimal commissionAmount, Instant convertedAt) implements IntegrationEvent {

    public record AgentShare(String agentId, BigDecimal sharePercent, BigDecimal commissionAmount) {
    }

    @Override
    public String aggregateId() {
        return conversionId;
    }
}
