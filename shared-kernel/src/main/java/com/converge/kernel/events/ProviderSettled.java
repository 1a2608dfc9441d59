package com.converge.kernel.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record ProviderSettled(String settlementId, String providerId, LocalDate periodStart, LocalDate periodEnd,
                              int bookingCount, BigDecimal grossAmount, BigDecimal commissionAmount,
                              BigDecimal netPayableAmount, Instant paidAt) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return providerId;
    }
}
