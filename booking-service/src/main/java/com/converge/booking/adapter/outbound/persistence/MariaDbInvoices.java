package com.converge.booking.adapter.outbound.persistence;

import com.converge.kernel.persistence.NativeSql;
import com.converge.booking.application.port.outbound.Invoices;
import com.converge.booking.domain.StateCode;
import com.converge.booking.domain.invoice.FinancialYear;
import com.converge.booking.domain.invoice.InvoiceSeries;
import com.converge.booking.domain.invoice.IssuedInvoice;
import com.converge.booking.domain.invoice.TaxInvoice;
import com.converge.kernel.domain.BookingId;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Invoice and credit-note numbers come from invoice_counter. The completing (or refunding) transaction
 * moves the row of the series and year on with one INSERT ... ON DUPLICATE KEY UPDATE, which creates
 * the year's row or takes its exclusive lock at once, and holds it until the transaction ends: concurrent
 * callers queue on it and each takes the next number, and a rollback returns the number with the row's
 * old value. Taking the exclusive lock directly, instead of reading first, is what keeps two callers
 * from deadlocking on upgraded shared locks; doing it on the transaction's own connection is what keeps
 * a caller holding a booking's lock from waiting for a second connection of a pool that callers queued
 * behind that lock may have used up.
 */
@ApplicationScoped
public class MariaDbInvoices implements Invoices {

    @Override
    public Uni<Long> nextSequence(InvoiceSeries series, FinancialYear year) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                                INSERT INTO invoice_counter (series, financial_year, last_number) VALUES (?1, ?2, 1)
                                ON DUPLICATE KEY UPDATE last_number = last_number + 1""")
                        .setParameter(1, series.prefix()).setParameter(2, year.startYear())
                        .executeUpdate()
                        .chain(() -> session.createNativeQuery("""
                                        SELECT last_number FROM invoice_counter WHERE series = ?1 AND financial_year = ?2 FOR UPDATE""",
                                        Object.class)
                                .setParameter(1, series.prefix()).setParameter(2, year.startYear())
                                .getSingleResult())
                        .map(NativeSql::number));
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
                .setParameter(8, NativeSql.utc(invoice.issuedAt()))
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
                        new FinancialYear((int) NativeSql.number(row[1])), StateCode.valueOf((String) row[2]),
                        NativeSql.instant(row[3])))));
    }
}
