package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.domain.settlement.SettlementStatement;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record SettlementResponse(String id, String providerId, LocalDate periodStart, LocalDate periodEnd, String status,
                                 int bookingCount, List<Line> bookings, BigDecimal grossAmount, BigDecimal refundAdjustments,
                                 BigDecimal commissionAmount, BigDecimal commissionGst, BigDecimal netPayableAmount,
                                 Instant generatedAt, Instant paidAt) {

    public record Line(String bookingId, BigDecimal grossAmount, BigDecimal refundAdjustment, BigDecimal commissionAmount) {
    }

    static SettlementResponse of(SettlementStatement statement) {
        return new SettlementResponse(statement.id(), statement.providerId().toString(), statement.periodStart(),
                statement.periodEnd(), statement.status().name().toLowerCase(), statement.lines().size(),
                statement.lines().stream().map(line -> new Line(line.bookingId().toString(), line.gross().amount(),
                        line.refunds().amount(), line.commission().amount())).toList(),
                statement.gross().amount(), statement.refunds().amount(), statement.commission().amount(),
                statement.commissionGst().amount(), statement.netPayable().amount(), statement.generatedAt(),
                statement.paidAt());
    }
}
