package com.converge.booking.adapter.outbound.persistence;

import com.converge.kernel.persistence.NativeSql;
import com.converge.booking.application.port.outbound.CreditNotes;
import com.converge.booking.domain.StateCode;
import com.converge.booking.domain.invoice.CreditNote;
import com.converge.booking.domain.invoice.FinancialYear;
import com.converge.booking.domain.invoice.GstTotals;
import com.converge.booking.domain.invoice.InvoiceSeries;
import com.converge.booking.domain.invoice.TaxLine;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.reactive.mutiny.Mutiny;

@ApplicationScoped
public class MariaDbCreditNotes implements CreditNotes {

    private static final String INSERT = """
            INSERT INTO credit_note (number, series, financial_year, sequence_number, invoice_number, refund_id, booking_id,
                                     customer_id, supplier_state, issued_at, taxable_total, cgst_total, sgst_total, igst_total, grand_total)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)""";
    private static final String INSERT_LINE = """
            INSERT INTO credit_note_line (credit_note_number, line_no, description, place_of_supply, taxable, cgst, sgst, igst)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""";
    private static final String CREDITED = """
            SELECT l.line_no, MIN(l.place_of_supply), SUM(l.taxable), SUM(l.cgst), SUM(l.sgst), SUM(l.igst)
            FROM credit_note n JOIN credit_note_line l ON l.credit_note_number = n.number
            WHERE n.booking_id = ?1 GROUP BY l.line_no""";
    private static final String BY_REFUND = """
            SELECT number, financial_year, invoice_number, refund_id, booking_id, customer_id, supplier_state, issued_at
            FROM credit_note WHERE refund_id = ?1""";
    private static final String LINES = """
            SELECT line_no, description, place_of_supply, taxable, cgst, sgst, igst
            FROM credit_note_line WHERE credit_note_number = ?1 ORDER BY line_no""";

    @Override
    public Uni<Void> add(CreditNote note, InvoiceSeries series, long sequence) {
        return Panache.getSession().chain(session -> {
            Uni<Integer> chain = session.createNativeQuery(INSERT)
                    .setParameter(1, note.number())
                    .setParameter(2, series.prefix())
                    .setParameter(3, note.financialYear().startYear())
                    .setParameter(4, sequence)
                    .setParameter(5, note.invoiceNumber())
                    .setParameter(6, note.refundId())
                    .setParameter(7, note.bookingId().toString())
                    .setParameter(8, note.customerId().value())
                    .setParameter(9, note.supplierState().name())
                    .setParameter(10, NativeSql.utc(note.issuedAt()))
                    .setParameter(11, note.totals().taxable().amount())
                    .setParameter(12, note.totals().cgst().amount())
                    .setParameter(13, note.totals().sgst().amount())
                    .setParameter(14, note.totals().igst().amount())
                    .setParameter(15, note.totals().total().amount())
                    .executeUpdate();
            for (CreditNote.Line line : note.lines()) {
                chain = chain.chain(() -> session.createNativeQuery(INSERT_LINE)
                        .setParameter(1, note.number())
                        .setParameter(2, line.lineNo())
                        .setParameter(3, line.description())
                        .setParameter(4, line.reversed().placeOfSupply().name())
                        .setParameter(5, line.reversed().taxable().amount())
                        .setParameter(6, line.reversed().cgst().amount())
                        .setParameter(7, line.reversed().sgst().amount())
                        .setParameter(8, line.reversed().igst().amount())
                        .executeUpdate());
            }
            return chain.replaceWithVoid();
        });
    }

    @Override
    public Uni<Map<Integer, TaxLine>> creditedPerLine(BookingId bookingId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(CREDITED, Object[].class)
                .setParameter(1, bookingId.toString())
                .getResultList()
                .map(rows -> {
                    Map<Integer, TaxLine> credited = new HashMap<>();
                    for (Object[] row : rows) {
                        credited.put((int) NativeSql.number(row[0]), taxLine(row, 1));
                    }
                    return credited;
                }));
    }

    @Override
    public Uni<Optional<CreditNote>> findByRefund(String refundId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(BY_REFUND, Object[].class)
                .setParameter(1, refundId)
                .getResultList()
                .chain(rows -> rows.isEmpty() ? Uni.createFrom().item(Optional.<CreditNote>empty())
                        : lines(session, (String) rows.get(0)[0]).map(lines -> Optional.of(toDomain(rows.get(0), lines)))));
    }

    private static Uni<List<CreditNote.Line>> lines(Mutiny.Session session, String number) {
        return session.createNativeQuery(LINES, Object[].class).setParameter(1, number).getResultList()
                .map(rows -> rows.stream().map(row -> new CreditNote.Line((int) NativeSql.number(row[0]), (String) row[1],
                        taxLine(row, 2))).toList());
    }

    /** A TaxLine from place of supply, taxable, cgst, sgst and igst at {@code from} onwards. */
    private static TaxLine taxLine(Object[] row, int from) {
        return new TaxLine(new Money(SqlValues.asDecimal(row[from + 1])), StateCode.valueOf((String) row[from]),
                new Money(SqlValues.asDecimal(row[from + 2])), new Money(SqlValues.asDecimal(row[from + 3])),
                new Money(SqlValues.asDecimal(row[from + 4])));
    }

    private static CreditNote toDomain(Object[] row, List<CreditNote.Line> lines) {
        return new CreditNote((String) row[0], new FinancialYear((int) NativeSql.number(row[1])), (String) row[2], (String) row[3],
                BookingId.of((String) row[4]), new CustomerId(NativeSql.number(row[5])), StateCode.valueOf((String) row[6]),
                NativeSql.instant(row[7]), lines, GstTotals.of(lines.stream().map(CreditNote.Line::reversed).toList()));
    }
}
