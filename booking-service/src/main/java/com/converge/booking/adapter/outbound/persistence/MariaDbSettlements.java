package com.converge.booking.adapter.outbound.persistence;

import com.converge.kernel.persistence.NativeSql;
import com.converge.booking.application.port.outbound.Settlements;
import com.converge.booking.domain.provider.ProviderId;
import com.converge.booking.domain.settlement.CommissionRates;
import com.converge.booking.domain.settlement.RefundAfterSettlement;
import com.converge.booking.domain.settlement.RefundCredit;
import com.converge.booking.domain.settlement.SettlementItem;
import com.converge.booking.domain.settlement.SettlementStatement;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.ConflictException;
import com.converge.kernel.domain.Money;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Statements in {@code settlement}; {@code settlement_line}'s primary key on the booking keeps a booking in one
 * statement only, {@code settlement_refund}'s on the refund a refund counted or adjusted in one statement only.
 */
@ApplicationScoped
public class MariaDbSettlements implements Settlements {

    private static final String UNSETTLED = """
            SELECT b.id, i.line_no, s.category_id, i.taxable,
                   COALESCE((SELECT SUM(l.taxable) FROM credit_note n JOIN credit_note_line l ON l.credit_note_number = n.number
                             WHERE n.booking_id = b.id AND l.line_no = i.line_no), 0)
            FROM booking b
            JOIN booking_item i ON i.booking_id = b.id
            JOIN subcategory s ON s.id = i.subcategory_id
            LEFT JOIN settlement_line sl ON sl.booking_id = b.id
            WHERE b.provider_id = ?1 AND b.status = 'COMPLETED' AND b.completed_at >= ?2 AND b.completed_at < ?3
              AND sl.booking_id IS NULL
            ORDER BY b.completed_at, b.id, i.line_no""";
    /** The same bookings as UNSETTLED; only credit-note lines of the booking's own items (not fees) concern the provider. */
    private static final String CREDITS = """
            SELECT n.refund_id, b.id, SUM(l.taxable)
            FROM booking b
            JOIN credit_note n ON n.booking_id = b.id
            JOIN credit_note_line l ON l.credit_note_number = n.number
            JOIN booking_item i ON i.booking_id = b.id AND i.line_no = l.line_no
            LEFT JOIN settlement_line sl ON sl.booking_id = b.id
            WHERE b.provider_id = ?1 AND b.status = 'COMPLETED' AND b.completed_at >= ?2 AND b.completed_at < ?3
              AND sl.booking_id IS NULL
            GROUP BY n.refund_id, b.id""";
    /**
     * Credit-note lines of the provider's settled bookings, each with what the credit notes before it
     * (in issue order) reversed on the same line, then only those of refunds no statement accounted for.
     */
    private static final String AFTER_SETTLEMENT = """
            SELECT c.refund_id, c.booking_id, c.line_no, sc.category_id, r.percent, i.taxable, c.before_taxable, c.taxable
            FROM (SELECT n.refund_id, n.booking_id, l.line_no, l.taxable, n.issued_at, n.financial_year, n.sequence_number,
                         SUM(l.taxable) OVER (PARTITION BY n.booking_id, l.line_no
                                              ORDER BY n.issued_at, n.financial_year, n.sequence_number
                                              ROWS UNBOUNDED PRECEDING) - l.taxable AS before_taxable
                  FROM settlement s
                  JOIN settlement_line sl ON sl.settlement_id = s.id
                  JOIN credit_note n ON n.booking_id = sl.booking_id
                  JOIN credit_note_line l ON l.credit_note_number = n.number
                  WHERE s.provider_id = ?1) c
            JOIN booking_item i ON i.booking_id = c.booking_id AND i.line_no = c.line_no
            JOIN subcategory sc ON sc.id = i.subcategory_id
            LEFT JOIN settlement_line_rate r ON r.booking_id = c.booking_id AND r.line_no = c.line_no
            WHERE NOT EXISTS (SELECT 1 FROM settlement_refund sr WHERE sr.refund_id = c.refund_id)
            ORDER BY c.issued_at, c.financial_year, c.sequence_number, c.line_no""";
    private static final String INSERT = """
            INSERT INTO settlement (id, provider_id, period_start, period_end, status, booking_count, gross, refunds, commission,
                                    adjustments, commission_reversed, commission_gst, net_payable, generated_at, paid_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)""";
    private static final String INSERT_RATE = """
            INSERT INTO settlement_line_rate (booking_id, line_no, percent) VALUES (?1, ?2, ?3)""";
    private static final String INSERT_REFUND = """
            INSERT INTO settlement_refund (refund_id, settlement_id, booking_id, adjustment, refunded, commission_reversed)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6)""";
    private static final String RATES = """
            SELECT r.booking_id, r.line_no, r.percent FROM settlement_line_rate r
            JOIN settlement_line l ON l.booking_id = r.booking_id WHERE l.settlement_id = ?1 ORDER BY r.booking_id, r.line_no""";
    private static final String REFUNDS = """
            SELECT refund_id, booking_id, adjustment, refunded, commission_reversed FROM settlement_refund
            WHERE settlement_id = ?1 ORDER BY refund_id""";
    private static final String INSERT_LINE = """
            INSERT INTO settlement_line (booking_id, settlement_id, gross, refunds, commission) VALUES (?1, ?2, ?3, ?4, ?5)""";
    private static final String STATEMENT = """
            SELECT id, provider_id, period_start, period_end, status, generated_at, paid_at FROM settlement WHERE id = ?1""";
    private static final String LINES = """
            SELECT booking_id, gross, refunds, commission FROM settlement_line WHERE settlement_id = ?1 ORDER BY booking_id""";

    @Override
    public Uni<Boolean> lockProvider(ProviderId provider) {
        return Panache.getSession().chain(session -> session.createNativeQuery("SELECT id FROM provider WHERE id = ?1 FOR UPDATE", Object.class)
                .setParameter(1, provider.toString())
                .getResultList()
                .map(rows -> !rows.isEmpty()));
    }

    @Override
    public Uni<List<SettlementItem>> unsettledItems(ProviderId provider, Instant from, Instant to) {
        return Panache.getSession().chain(session -> session.createNativeQuery(UNSETTLED, Object[].class)
                .setParameter(1, provider.toString())
                .setParameter(2, NativeSql.utc(from))
                .setParameter(3, NativeSql.utc(to))
                .getResultList()
                .map(rows -> rows.stream().map(row -> new SettlementItem(BookingId.of((String) row[0]),
                        (int) NativeSql.number(row[1]), (int) NativeSql.number(row[2]), new Money(SqlValues.asDecimal(row[3])),
                        new Money(SqlValues.asDecimal(row[4])))).toList()));
    }

    @Override
    public Uni<List<RefundCredit>> refundCredits(ProviderId provider, Instant from, Instant to) {
        return Panache.getSession().chain(session -> session.createNativeQuery(CREDITS, Object[].class)
                .setParameter(1, provider.toString())
                .setParameter(2, NativeSql.utc(from))
                .setParameter(3, NativeSql.utc(to))
                .getResultList()
                .map(rows -> rows.stream().map(row -> new RefundCredit((String) row[0], BookingId.of((String) row[1]),
                        new Money(SqlValues.asDecimal(row[2])))).toList()));
    }

    @Override
    public Uni<List<RefundAfterSettlement>> refundsAfterSettlement(ProviderId provider) {
        return Panache.getSession().chain(session -> session.createNativeQuery(AFTER_SETTLEMENT, Object[].class)
                .setParameter(1, provider.toString())
                .getResultList()
                .map(rows -> {
                    Map<String, List<Object[]>> byRefund = new LinkedHashMap<>();
                    rows.forEach(row -> byRefund.computeIfAbsent((String) row[0], refund -> new ArrayList<>()).add(row));
                    return byRefund.entrySet().stream().map(refund -> new RefundAfterSettlement(refund.getKey(),
                            BookingId.of((String) refund.getValue().get(0)[1]), refund.getValue().stream()
                            .map(row -> new RefundAfterSettlement.ReversedLine((int) NativeSql.number(row[2]),
                                    (int) NativeSql.number(row[3]), row[4] == null ? null : SqlValues.asDecimal(row[4]),
                                    new Money(SqlValues.asDecimal(row[5])), new Money(SqlValues.asDecimal(row[6])),
                                    new Money(SqlValues.asDecimal(row[7])))).toList())).toList();
                }));
    }

    @Override
    public Uni<CommissionRates> commissionRates(BigDecimal fallback) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "SELECT category_id, percent FROM commission_rate", Object[].class)
                .getResultList()
                .map(rows -> {
                    Map<Integer, BigDecimal> rates = new HashMap<>();
                    for (Object[] row : rows) {
                        rates.put((int) NativeSql.number(row[0]), SqlValues.asDecimal(row[1]));
                    }
                    return new CommissionRates(rates, fallback);
                }));
    }

    @Override
    public Uni<Void> add(SettlementStatement statement) {
        return Panache.getSession().chain(session -> {
            Uni<Integer> chain = session.createNativeQuery(INSERT)
                    .setParameter(1, statement.id())
                    .setParameter(2, statement.providerId().toString())
                    .setParameter(3, statement.periodStart())
                    .setParameter(4, statement.periodEnd())
                    .setParameter(5, statement.status().name())
                    .setParameter(6, statement.lines().size())
                    .setParameter(7, statement.gross().amount())
                    .setParameter(8, statement.refunds().amount())
                    .setParameter(9, statement.commission().amount())
                    .setParameter(10, statement.adjustmentsRefunded().amount())
                    .setParameter(11, statement.commissionReversed().amount())
                    .setParameter(12, statement.commissionGst().amount())
                    .setParameter(13, statement.netPayable().amount())
                    .setParameter(14, NativeSql.utc(statement.generatedAt()))
                    .setParameter(15, NativeSql.utc(statement.paidAt()))
                    .executeUpdate();
            for (SettlementStatement.BookingLine line : statement.lines()) {
                chain = chain.chain(() -> session.createNativeQuery(INSERT_LINE)
                        .setParameter(1, line.bookingId().toString())
                        .setParameter(2, statement.id())
                        .setParameter(3, line.gross().amount())
                        .setParameter(4, line.refunds().amount())
                        .setParameter(5, line.commission().amount())
                        .executeUpdate());
            }
            for (SettlementStatement.LineRate rate : statement.rates()) {
                chain = chain.chain(() -> session.createNativeQuery(INSERT_RATE)
                        .setParameter(1, rate.bookingId().toString())
                        .setParameter(2, rate.lineNo())
                        .setParameter(3, rate.percent())
                        .executeUpdate());
            }
            for (RefundCredit counted : statement.countedRefunds()) {
                chain = chain.chain(() -> insertRefund(session, statement, counted.refundId(), counted.bookingId(), false,
                        counted.taxable(), Money.ZERO));
            }
            for (SettlementStatement.Adjustment adjustment : statement.adjustments()) {
                chain = chain.chain(() -> insertRefund(session, statement, adjustment.refundId(), adjustment.bookingId(), true,
                        adjustment.refunded(), adjustment.commissionReversed()));
            }
            return chain.replaceWithVoid()
                    .onFailure(SqlValues::isDuplicateKey)
                    .transform(duplicate -> new ConflictException("already-settled",
                            "a booking or refund of this statement is in another statement already"));
        });
    }

    private static Uni<Integer> insertRefund(Mutiny.Session session, SettlementStatement statement, String refundId,
                                             BookingId bookingId, boolean adjustment, Money refunded, Money commissionReversed) {
        return session.createNativeQuery(INSERT_REFUND)
                .setParameter(1, refundId)
                .setParameter(2, statement.id())
                .setParameter(3, bookingId.toString())
                .setParameter(4, adjustment)
                .setParameter(5, refunded.amount())
                .setParameter(6, commissionReversed.amount())
                .executeUpdate();
    }

    @Override
    public Uni<Optional<SettlementStatement>> lock(String id) {
        return read(id, STATEMENT + " FOR UPDATE");
    }

    @Override
    public Uni<Optional<SettlementStatement>> findById(String id) {
        return read(id, STATEMENT);
    }

    @Override
    public Uni<Void> update(SettlementStatement statement) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "UPDATE settlement SET status = ?2, paid_at = ?3 WHERE id = ?1")
                .setParameter(1, statement.id())
                .setParameter(2, statement.status().name())
                .setParameter(3, NativeSql.utc(statement.paidAt()))
                .executeUpdate()
                .replaceWithVoid());
    }

    private Uni<Optional<SettlementStatement>> read(String id, String sql) {
        return Panache.getSession().chain(session -> session.createNativeQuery(sql, Object[].class)
                .setParameter(1, id)
                .getResultList()
                .chain(rows -> rows.isEmpty() ? Uni.createFrom().item(Optional.<SettlementStatement>empty())
                        : lines(session, id).chain(lines -> rates(session, id).chain(rates -> refunds(session, id)
                                .map(refunds -> Optional.of(toDomain(rows.get(0), lines, rates, refunds)))))));
    }

    private static Uni<List<SettlementStatement.LineRate>> rates(Mutiny.Session session, String id) {
        return session.createNativeQuery(RATES, Object[].class).setParameter(1, id).getResultList()
                .map(rows -> rows.stream().map(row -> new SettlementStatement.LineRate(BookingId.of((String) row[0]),
                        (int) NativeSql.number(row[1]), SqlValues.asDecimal(row[2]))).toList());
    }

    private static Uni<List<Object[]>> refunds(Mutiny.Session session, String id) {
        return session.createNativeQuery(REFUNDS, Object[].class).setParameter(1, id).getResultList();
    }

    private static Uni<List<SettlementStatement.BookingLine>> lines(Mutiny.Session session, String id) {
        return session.createNativeQuery(LINES, Object[].class).setParameter(1, id).getResultList()
                .map(rows -> rows.stream().map(row -> new SettlementStatement.BookingLine(BookingId.of((String) row[0]),
                        new Money(SqlValues.asDecimal(row[1])), new Money(SqlValues.asDecimal(row[2])),
                        new Money(SqlValues.asDecimal(row[3])))).toList());
    }

    /** {@code refunds}: refund id, booking id, adjustment, refunded, commission reversed. */
    private static SettlementStatement toDomain(Object[] row, List<SettlementStatement.BookingLine> lines,
                                                List<SettlementStatement.LineRate> rates, List<Object[]> refunds) {
        List<RefundCredit> counted = new ArrayList<>();
        List<SettlementStatement.Adjustment> adjustments = new ArrayList<>();
        for (Object[] refund : refunds) {
            BookingId booking = BookingId.of((String) refund[1]);
            Money refunded = new Money(SqlValues.asDecimal(refund[3]));
            if (NativeSql.bool(refund[2])) {
                adjustments.add(new SettlementStatement.Adjustment((String) refund[0], booking, refunded,
                        new Money(SqlValues.asDecimal(refund[4]))));
            } else {
                counted.add(new RefundCredit((String) refund[0], booking, refunded));
            }
        }
        return new SettlementStatement((String) row[0], ProviderId.of((String) row[1]), SqlValues.asLocalDate(row[2]),
                SqlValues.asLocalDate(row[3]), lines, rates, counted, adjustments, SettlementStatement.Status.valueOf((String) row[4]),
                NativeSql.instant(row[5]), NativeSql.instant(row[6]));
    }
}
