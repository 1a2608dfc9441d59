package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.domain.settlement.SettlementStatement;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record SettlementResponse(@Schema(example = "01a27d1d-7420-74d8-9dbc-74254770f589") String id,
                                 @Schema(example = "01a139af-6b40-7a4c-9123-b1612dd272d1") String providerId,
                                 @Schema(example = "2026-12-01") LocalDate periodStart,
                                 @Schema(example = "2026-12-15") LocalDate periodEnd,
                                 @Schema(example = "paid") String status,
                                 @Schema(example = "1") int bookingCount,
                                 List<Line> bookings,
                                 @Schema(description = "The bookings' taxable value", example = "599.00") BigDecimal grossAmount,
                                 @Schema(description = "The taxable value their credit notes reversed", example = "117.32")
                                 BigDecimal refundAdjustments,
                                 @Schema(example = "72.25") BigDecimal commissionAmount,
                                 @Schema(description = "Refunds of bookings settled by earlier statements, each in exactly one statement")
                                 List<SettlementAdjustment> adjustments,
                                 @Schema(description = "Sum of the adjustments' amounts (zero or negative)", example = "-100.00")
                                 BigDecimal adjustmentAmount,
                                 @Schema(description = "Commission given back on the adjustments", example = "15.00")
                                 BigDecimal commissionReversed,
                                 @Schema(description = "18% of commissionAmount - commissionReversed", example = "10.31") BigDecimal commissionGst,
                                 @Schema(description = "May be negative: the provider owes it", example = "314.12") BigDecimal netPayableAmount,
                                 @Schema(example = "2026-12-16T04:30:12.087311Z") Instant generatedAt,
                                 @Schema(example = "2026-12-18T06:00:27.551904Z") Instant paidAt) {

    @Schema(name = "SettlementLine")
    public record Line(@Schema(example = "01a220e3-e928-71c1-b714-9d439536b321") String bookingId,
                       @Schema(example = "599.00") BigDecimal grossAmount,
                       @Schema(example = "117.32") BigDecimal refundAdjustment,
                       @Schema(example = "72.25") BigDecimal commissionAmount) {
    }

    public record SettlementAdjustment(@Schema(example = "01a20d0d-38a0-7a13-b043-b026c48bbf33") String refundId, @Schema(example = "01a15853-0c00-7dba-841e-cccc3fc1626e") String bookingId,
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
