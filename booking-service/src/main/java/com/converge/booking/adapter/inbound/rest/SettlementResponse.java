package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.domain.settlement.SettlementStatement;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record SettlementResponse(String id, String providerId, LocalDate periodStart, LocalDate periodEnd, String status,
                                 int bookingCount, List<Line> bookings, BigDecimal grossAmount, BigDecimal refundAdjustments,
                                 BigDecimal commissionAmount,
                                 @Schema(description = "Refunds of bookings settled by earlier statements, each in exactly one statement")
                                 List<SettlementAdjustment> adjustments,
                                 @Schema(description = "Sum of the adjustments' amounts (zero or negative)") BigDecimal adjustmentAmount,
                                 @Schema(description = "Commission given back on the adjustments") BigDecimal commissionReversed,
                                 BigDecimal commissionGst, BigDecimal netPayableAmount, Instant generatedAt, Instant paidAt) {

    public record Line(String bookingId, BigDecimal grossAmount, BigDecimal refundAdjustment, BigDecimal commissionAmount) {
    }

    public record SettlementAdjustment(String refundId, String bookingId,
                             @Schema(description = "The taxable value the refund reversed, negative", example = "-100.00") BigDecimal amount,
                             @Schema(description = "The commission charged on it, given back at the rate it was settled at", example = "15.00")
                             BigDecimal commissionReversed) {
    }

    static SettlementResponse of(SettlementStatement statement) {
        return new SettlementResponse(statement.id(), statement.providerId().toString(), statement.periodStart(),
                statement.periodEnd(), statement.status().name().toLowerCase(), statement.lines().size(),
                statement.lines().stream().map(line -> new Line(line.bookingId().toString(), line.gross().amount(),
                        line.refunds().amount(), line.commission().amount())).toList(),
                statement.gross().amount(), statement.refunds().amount(), statement.commission().amount(),
                statement.adjustments().stream().map(adjustment -> new SettlementAdjustment(adjustment.refundId(),
                        adjustment.bookingId().toString(), adjustment.refunded().negate().amount(),
                        adjustment.commissionReversed().amount())).toList(),
                statement.adjustmentsRefunded().negate().amount(), statement.commissionReversed().amount(),
                statement.commissionGst().amount(), statement.netPayable().amount(), statement.generatedAt(),
                statement.paidAt());
    }
}
