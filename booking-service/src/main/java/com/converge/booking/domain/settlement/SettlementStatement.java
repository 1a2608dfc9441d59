package com.converge.booking.domain.settlement;

import com.converge.booking.domain.provider.ProviderId;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.BusinessRuleViolation;
import com.converge.kernel.domain.IllegalTransitionException;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Money;
import com.converge.kernel.domain.UuidV7;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the platform owes a provider for the bookings they completed in a period. Per booking: gross
 * is its taxable value (GST collected from the customer is the platform's to pay), refunds are the
 * taxable value credit notes reversed, and the commission is each line's category rate of what is
 * left of the line, rounded half-up to the paisa.
 *
 * <p>Refunds of bookings an earlier statement settled are carried into the provider's next statement
 * as adjustments, each exactly once: the taxable value the refund reversed is taken off, and the
 * commission charged on it is given back at the rate the booking was settled at (see
 * {@link RefundAfterSettlement#adjustment}). On the statement: GST at 18% on the commission net of
 * what adjustments gave back, and net payable = gross - refunds - adjustments - (commission -
 * commission reversed) - GST on commission. A statement of adjustments only can be negative: the
 * provider then owes the platform.
 */
public final class SettlementStatement {

    public static final BigDecimal GST_ON_COMMISSION = BigDecimal.valueOf(18);

    public enum Status { GENERATED, PAID }

    public record BookingLine(BookingId bookingId, Money gross, Money refunds, Money commission) {
    }

    /** The rate one settled booking line was charged, kept so a later refund reverses the commission at it. */
    public record LineRate(BookingId bookingId, int lineNo, BigDecimal percent) {
    }

    /** A refund of a booking settled earlier: {@code refunded} is taken off what the provider is paid, {@code commissionReversed} given back. */
    public record Adjustment(String refundId, BookingId bookingId, Money refunded, Money commissionReversed) {
    }

    private final String id;
    private final ProviderId providerId;
    private final LocalDate periodStart;
    private final LocalDate periodEnd;
    private final List<BookingLine> lines;
    private final List<LineRate> rates;
    private final List<RefundCredit> countedRefunds;
    private final List<Adjustment> adjustments;
    private final Instant generatedAt;
    private Status status;
    private Instant paidAt;

    public SettlementStatement(String id, ProviderId providerId, LocalDate periodStart, LocalDate periodEnd,
                               List<BookingLine> lines, List<LineRate> rates, List<RefundCredit> countedRefunds,
                               List<Adjustment> adjustments, Status status, Instant generatedAt, Instant paidAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.providerId = Objects.requireNonNull(providerId, "providerId");
        this.periodStart = Objects.requireNonNull(periodStart, "periodStart");
        this.periodEnd = Objects.requireNonNull(periodEnd, "periodEnd");
        this.lines = List.copyOf(lines);
        this.rates = List.copyOf(rates);
        this.countedRefunds = List.copyOf(countedRefunds);
        this.adjustments = List.copyOf(adjustments);
        this.status = Objects.requireNonNull(status, "status");
        this.generatedAt = Objects.requireNonNull(generatedAt, "generatedAt");
        this.paidAt = paidAt;
    }

    /** Refuses a period that ends before it starts; the caller picks the period's unsettled completed bookings. */
    public static void requireValidPeriod(LocalDate start, LocalDate end) {
        if (start == null) {
            throw new InvalidValueException("periodStart", "is required");
        }
        if (end == null) {
            throw new InvalidValueException("periodEnd", "is required");
        }
        if (end.isBefore(start)) {
            throw new InvalidValueException("periodEnd", "is before periodStart");
        }
    }

    /**
     * A new statement over the items of the period's unsettled completed bookings, the refunds their
     * credit notes counted ({@code countedRefunds}), and the refunds of bookings settled earlier that no
     * statement adjusted yet; 422 when there is neither a booking to settle nor a refund to adjust.
     */
    public static SettlementStatement draw(ProviderId provider, LocalDate periodStart, LocalDate periodEnd,
                                           List<SettlementItem> items, List<RefundCredit> countedRefunds,
                                           List<RefundAfterSettlement> refundsAfterSettlement, CommissionRates rates,
                                           Instant now) {
        requireValidPeriod(periodStart, periodEnd);
        if (items.isEmpty() && refundsAfterSettlement.isEmpty()) {
            throw new BusinessRuleViolation("periodEnd", "provider " + provider + " has no unsettled completed booking from "
                    + periodStart + " to " + periodEnd + " and no refund to adjust");
        }
        Map<BookingId, BookingLine> byBooking = new LinkedHashMap<>();
        List<LineRate> charged = new ArrayList<>();
        for (SettlementItem item : items) {
            BigDecimal percent = rates.percentFor(item.categoryId());
            Money commission = item.taxable().minus(item.creditedTaxable()).percent(percent);
            charged.add(new LineRate(item.bookingId(), item.lineNo(), percent));
            byBooking.merge(item.bookingId(), new BookingLine(item.bookingId(), item.taxable(), item.creditedTaxable(), commission),
                    (a, b) -> new BookingLine(a.bookingId(), a.gross().plus(b.gross()), a.refunds().plus(b.refunds()),
                            a.commission().plus(b.commission())));
        }
        List<RefundCredit> counted = countedRefunds.stream().filter(refund -> byBooking.containsKey(refund.bookingId())).toList();
        List<Adjustment> adjustments = refundsAfterSettlement.stream().map(refund -> refund.adjustment(rates)).toList();
        return new SettlementStatement(UuidV7.next().toString(), provider, periodStart, periodEnd,
                new ArrayList<>(byBooking.values()), charged, counted, adjustments, Status.GENERATED, now, null);
    }

    public void markPaid(Instant now) {
        if (status != Status.GENERATED) {
            throw new IllegalTransitionException("settlement", status.name().toLowerCase(), "paid");
        }
        status = Status.PAID;
        paidAt = now;
    }

    public Money gross() {
        return lines.stream().map(BookingLine::gross).reduce(Money.ZERO, Money::plus);
    }

    public Money refunds() {
        return lines.stream().map(BookingLine::refunds).reduce(Money.ZERO, Money::plus);
    }

    public Money commission() {
        return lines.stream().map(BookingLine::commission).reduce(Money.ZERO, Money::plus);
    }

    /** The taxable value refunds of bookings settled earlier took back. */
    public Money adjustmentsRefunded() {
        return adjustments.stream().map(Adjustment::refunded).reduce(Money.ZERO, Money::plus);
    }

    public Money commissionReversed() {
        return adjustments.stream().map(Adjustment::commissionReversed).reduce(Money.ZERO, Money::plus);
    }

    public Money commissionGst() {
        return commission().minus(commissionReversed()).percent(GST_ON_COMMISSION);
    }

    public Money netPayable() {
        return gross().minus(refunds()).minus(adjustmentsRefunded()).minus(commission().minus(commissionReversed()))
                .minus(commissionGst());
    }

    public String id() {
        return id;
    }

    public ProviderId providerId() {
        return providerId;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public List<BookingLine> lines() {
        return lines;
    }

    public List<LineRate> rates() {
        return rates;
    }

    public List<RefundCredit> countedRefunds() {
        return countedRefunds;
    }

    public List<Adjustment> adjustments() {
        return adjustments;
    }

    public Status status() {
        return status;
    }

    public Instant generatedAt() {
        return generatedAt;
    }

    public Instant paidAt() {
        return paidAt;
    }
}
