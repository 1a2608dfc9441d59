package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.domain.invoice.CreditNote;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

public record CreditNoteResponse(String number, String financialYear, String invoiceNumber, String refundId, String bookingId,
                                 long customerId, String supplierState, Instant issuedAt, List<Line> lines,
                                 BigDecimal taxableAmount, BigDecimal cgst, BigDecimal sgst, BigDecimal igst,
                                 BigDecimal totalAmount) {

    public record Line(int lineNo, String description, String placeOfSupply, BigDecimal taxableAmount, BigDecimal cgst,
                       BigDecimal sgst, BigDecimal igst, BigDecimal total) {
    }

    static CreditNoteResponse of(CreditNote note) {
        return new CreditNoteResponse(note.number(), note.financialYear().label(), note.invoiceNumber(), note.refundId(),
                note.bookingId().toString(), note.customerId().value(), note.supplierState().name(), note.issuedAt(),
                note.lines().stream().map(line -> new Line(line.lineNo(), line.description(),
                        line.reversed().placeOfSupply().name(), line.reversed().taxable().amount(),
                        line.reversed().cgst().amount(), line.reversed().sgst().amount(), line.reversed().igst().amount(),
                        line.reversed().total().amount())).toList(),
                note.totals().taxable().amount(), note.totals().cgst().amount(), note.totals().sgst().amount(),
                note.totals().igst().amount(), note.totals().total().amount());
    }
}
