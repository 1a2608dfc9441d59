package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.domain.invoice.TaxInvoice;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

public record InvoiceResponse(String number, String financialYear, String bookingId, long customerId, String supplierState,
                              Instant issuedAt, List<Line> lines, BigDecimal taxableAmount, BigDecimal cgst, BigDecimal sgst,
                              BigDecimal igst, BigDecimal totalAmount) {

    public record Line(int lineNo, String description, BigDecimal unitPrice, int quantity, String placeOfSupply,
                       BigDecimal taxableAmount, BigDecimal cgst, BigDecimal sgst, BigDecimal igst, BigDecimal total) {
    }

    static InvoiceResponse of(TaxInvoice invoice) {
        return new InvoiceResponse(invoice.number(), invoice.financialYear().label(), invoice.bookingId().toString(),
                invoice.customerId().value(), invoice.supplierState().name(), invoice.issuedAt(),
                invoice.lines().stream().map(line -> new Line(line.lineNo(), line.description(), line.unitPrice().amount(),
                        line.quantity(), line.tax().placeOfSupply().name(), line.tax().taxable().amount(),
                        line.tax().cgst().amount(), line.tax().sgst().amount(), line.tax().igst().amount(),
                        line.tax().total().amount())).toList(),
                invoice.totals().taxable().amount(), invoice.totals().cgst().amount(), invoice.totals().sgst().amount(),
                invoice.totals().igst().amount(), invoice.totals().total().amount());
    }
}
