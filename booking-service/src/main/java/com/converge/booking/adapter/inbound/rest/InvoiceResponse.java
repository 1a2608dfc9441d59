package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.domain.invoice.TaxInvoice;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record InvoiceResponse(@Schema(example = "BK/2627/000042") String number,
                              @Schema(example = "2026-27") String financialYear,
                              @Schema(example = "01a220e3-e928-71c1-b714-9d439536b321") String bookingId,
                              @Schema(example = "42") long customerId,
                              @Schema(example = "KA") String supplierState,
                              @Schema(example = "2026-12-02T07:55:41.902337Z") Instant issuedAt,
                              List<Line> lines,
                              @Schema(example = "649.00") BigDecimal taxableAmount,
                              @Schema(example = "58.41") BigDecimal cgst,
                              @Schema(example = "58.41") BigDecimal sgst,
                              @Schema(example = "0.00") BigDecimal igst,
                              @Schema(example = "765.82") BigDecimal totalAmount) {

    @Schema(name = "InvoiceLine")
    public record Line(@Schema(example = "1") int lineNo,
                       @Schema(example = "Geyser Repair - Standard") String description,
                       @Schema(example = "599.00") BigDecimal unitPrice,
                       @Schema(example = "1") int quantity,
                       @Schema(example = "KA") String placeOfSupply,
                       @Schema(example = "599.00") BigDecimal taxableAmount,
                       @Schema(example = "53.91") BigDecimal cgst,
                       @Schema(example = "53.91") BigDecimal sgst,
                       @Schema(example = "0.00") BigDecimal igst,
                       @Schema(example = "706.82") BigDecimal total) {
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
