package com.converge.booking.adapter.outbound.persistence;

import com.converge.booking.application.port.outbound.Settlements;
import com.converge.booking.domain.provider.ProviderId;
import com.converge.booking.domain.settlement.CommissionRates;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.reactive.mutiny.Mutiny;

/** Statements in {@code settlement}; {@code settlement_line}'s primary key on the booking keeps a booking in one statement only. */
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
    private static final String INSERT = """
            INSERT INTO settlement (id, provider_id, period_start, period_end, status, booking_count, gross, refunds, commission,
                                    commission_gst, net_payable, generated_at, paid_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)""";
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
                .setParameter(2, SqlValues.utc(from))
                .setParameter(3, SqlValues.utc(to))
                .getResultList()
                .map(rows -> rows.stream().map(row -> new SettlementItem(BookingId.of((String) row[0]),
                        (int) SqlValues.asLong(row[1]), (int) SqlValues.asLong(row[2]), new Money(SqlValues.asDecimal(row[3])),
                        new Money(SqlValues.asDecimal(row[4])))).toList()));
    }

    @Override
    public Uni<CommissionRates> commissionRates(BigDecimal fallback) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "SELECT category_id, percent FROM commission_rate", Object[].class)
                .getResultList()
                .map(rows -> {
                    Map<Integer, BigDecimal> rates = new HashMap<>();
                    for (Object[] row : rows) {
                        rates.put((int) SqlValues.asLong(row[0]), SqlValues.asDecimal(row[1]));
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
                    .setParameter(10, statement.commissionGst().amount())
                    .setParameter(11, statement.netPayable().amount())
                    .setParameter(12, SqlValues.utc(statement.generatedAt()))
                    .setParameter(13, SqlValues.utc(statement.paidAt()))
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
            return chain.replaceWithVoid()
                    .onFailure(SqlValues::isDuplicateKey)
                    .transform(duplicate -> new ConflictException("already-settled",
                            "a booking of this statement is in another statement already"));
        });
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
                .setParameter(3, SqlValues.utc(statement.paidAt()))
                .executeUpdate()
                .replaceWithVoid());
    }

    private Uni<Optional<SettlementStatement>> read(String id, String sql) {
        return Panache.getSession().chain(session -> session.createNativeQuery(sql, Object[].class)
                .setParameter(1, id)
                .getResultList()
                .chain(rows -> rows.isEmpty() ? Uni.createFrom().item(Optional.<SettlementStatement>empty())
                        : lines(session, id).map(lines -> Optional.of(toDomain(rows.get(0), lines)))));
    }

    private static Uni<List<SettlementStatement.BookingLine>> lines(Mutiny.Session session, String id) {
        return session.createNativeQuery(LINES, Object[].class).setParameter(1, id).getResultList()
                .map(rows -> rows.stream().map(row -> new SettlementStatement.BookingLine(BookingId.of((String) row[0]),
                        new Money(SqlValues.asDecimal(row[1])), new Money(SqlValues.asDecimal(row[2])),
                        new Money(SqlValues.asDecimal(row[3])))).toList());
    }

    private static SettlementStatement toDomain(Object[] row, List<SettlementStatement.BookingLine> lines) {
        return new SettlementStatement((String) row[0], ProviderId.of((String) row[1]), SqlValues.asLocalDate(row[2]),
                SqlValues.asLocalDate(row[3]), lines, SettlementStatement.Status.valueOf((String) row[4]),
                SqlValues.asInstant(row[5]), SqlValues.asInstant(row[6]));
    }
}
