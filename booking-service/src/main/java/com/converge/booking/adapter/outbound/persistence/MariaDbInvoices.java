package com.converge.booking.adapter.outbound.persistence;

import com.converge.booking.application.port.outbound.Invoices;
import com.converge.booking.domain.StateCode;
import com.converge.booking.domain.invoice.FinancialYear;
import com.converge.booking.domain.invoice.InvoiceSeries;
import com.converge.booking.domain.invoice.IssuedInvoice;
import com.converge.booking.domain.invoice.TaxInvoice;
import com.converge.kernel.domain.BookingId;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Invoice numbers come from invoice_counter: the row of the series and year is created once (on
 * its own), then read FOR UPDATE and moved on in the completing transaction, so concurrent completions queue on it
 * and each takes the next number; a rollback returns the number with the row's old value.
 */
@ApplicationScoped
public class MariaDbInvoices implements Invoices {

    private final Pool pool;

    MariaDbInvoices(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<Long> nextSequence(InvoiceSeries series, FinancialYear year) {
        return counterExists(series, year).chain(() -> Panache.getSession().chain(session -> session.createNativeQuery("""
                                SELECT last_number FROM invoice_counter WHERE series = ?1 AND financial_year = ?2 FOR UPDATE""",
                                Object.class)
                        .setParameter(1, series.prefix()).setParameter(2, year.startYear()).getSingleResult()
                        .map(last -> SqlValues.asLong(last) + 1)
                        .call(next -> session.createNativeQuery("""
                                        UPDATE invoice_counter SET last_number = ?3 WHERE series = ?1 AND financial_year = ?2""")
                                .setParameter(1, series.prefix()).setParameter(2, year.startYear()).setParameter(3, next)
                                .executeUpdate())));
    }

    /**
     * Creates the year's counter row on its own connection and commits it at once, so the completing
     * transaction only ever takes the row's exclusive lock: inserting it there too would take a
     * shared lock first, and two completions upgrading shared locks deadlock.
     */
    private Uni<Void> counterExists(InvoiceSeries series, FinancialYear year) {
        return pool.preparedQuery("INSERT IGNORE INTO invoice_counter (series, financial_year, last_number) VALUES (?, ?, 0)")
                .execute(Tuple.of(series.prefix(), year.startYear())).replaceWithVoid();
    }

    @Override
    public Uni<Void> add(TaxInvoice invoice, InvoiceSeries series, long sequence) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO tax_invoice (number, series, financial_year, sequence_number, booking_id, customer_id,
                                                 supplier_state, issued_at, taxable_total, cgst_total, sgst_total, igst_total, grand_total)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)""")
                .setParameter(1, invoice.number())
                .setParameter(2, series.prefix())
                .setParameter(3, invoice.financialYear().startYear())
                .setParameter(4, sequence)
                .setParameter(5, invoice.bookingId().toString())
                .setParameter(6, invoice.customerId().value())
                .setParameter(7, invoice.supplierState().name())
                .setParameter(8, SqlValues.utc(invoice.issuedAt()))
                .setParameter(9, invoice.totals().taxable().amount())
                .setParameter(10, invoice.totals().cgst().amount())
                .setParameter(11, invoice.totals().sgst().amount())
                .setParameter(12, invoice.totals().igst().amount())
                .setParameter(13, invoice.totals().total().amount())
                .executeUpdate()
                .replaceWithVoid());
    }

    @Override
    public Uni<Optional<IssuedInvoice>> findByBooking(BookingId bookingId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "SELECT number, financial_year, supplier_state, issued_at FROM tax_invoice WHERE booking_id = ?1", Object[].class)
                .setParameter(1, bookingId.toString())
                .getResultList()
                .map(rows -> rows.stream().findFirst().map(row -> new IssuedInvoice((String) row[0],
                        new FinancialYear((int) SqlValues.asLong(row[1])), StateCode.valueOf((String) row[2]),
                        SqlValues.asInstant(row[3])))));
    }
}
