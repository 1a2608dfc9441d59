package com.converge.booking.domain.settlement;

import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A refund of a booking an earlier statement settled already, with what its credit note reversed on
 * each service line of the booking.
 */
public record RefundAfterSettlement(String refundId, BookingId bookingId, List<ReversedLine> lines) {

    /**
     * One service line's reversal: the line's taxable value, what credit notes issued before this one
     * reversed on it, what this one reverses, and the rate the statement settling the booking charged
     * ({@code settledPercent}, empty for statements drawn before rates were kept: the category's rate
     * then applies).
     */
    public record ReversedLine(int lineNo, int categoryId, BigDecimal settledPercent, Money lineTaxable, Money creditedBefore,
                               Money reversed) {

        public ReversedLine {
            Objects.requireNonNull(lineTaxable, "lineTaxable");
            Objects.requireNonNull(creditedBefore, "creditedBefore");
            Objects.requireNonNull(reversed, "reversed");
            if (creditedBefore.plus(reversed).isGreaterThan(lineTaxable) || reversed.isNegative() || creditedBefore.isNegative()) {
                throw new IllegalArgumentException("more credited than invoiced on line " + lineNo);
            }
        }
    }

    public RefundAfterSettlement {
        Objects.requireNonNull(refundId, "refundId");
        Objects.requireNonNull(bookingId, "bookingId");
        lines = List.copyOf(lines);
    }

    /**
     * The adjustment this refund makes: the taxable value it reversed, and the commission on the line
     * before it minus the commission on what it left, at the rate the booking was settled at. Taken in
     * credit-note order, the reversals telescope: a booking's commission over its statement and all
     * its adjustments is exactly the rate of what refunds finally left, rounded once.
     */
    public SettlementStatement.Adjustment adjustment(CommissionRates currentRates) {
        Money refunded = Money.ZERO;
        Money commissionReversed = Money.ZERO;
        for (ReversedLine line : lines) {
            BigDecimal percent = line.settledPercent() != null ? line.settledPercent() : currentRates.percentFor(line.categoryId());
            Money leftBefore = line.lineTaxable().minus(line.creditedBefore());
            Money leftAfter = leftBefore.minus(line.reversed());
            refunded = refunded.plus(line.reversed());
            commissionReversed = commissionReversed.plus(leftBefore.percent(percent).minus(leftAfter.percent(percent)));
        }
        return new SettlementStatement.Adjustment(refundId, bookingId, refunded, commissionReversed);
    }
}
