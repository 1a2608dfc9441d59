package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.domain.invoice.CreditNote;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CreditNoteResponse(@Schema(example = "CN/2627/000007") String number,
                                 @Schema(example = "2026-27") String financialYear,
                                 @Schema(example = "BK/2627/000042") String invoiceNumber,
                                 @Schema(example = "01a23ba2-a6c8-74fd-b12a-abfe228f219e") String refundId,
                                 @Schema(example = "01a220e3-e928-71c1-b714-9d439536b321") String bookingId,
                                 @Schema(example = "42") long customerId,
                                 @Schema(example = "KA") String supplierState,
                                 @Schema(example = "2026-12-03T11:20:45.774102Z") Instant issuedAt,
                                 List<Line> lines,
                                 @Schema(example = "127.12") BigDecimal taxableAmount,
                                 @Schema(example = "11.44") BigDecimal cgst,
                                 @Schema(example = "11.44") BigDecimal sgst,
                                 @Schema(example = "0.00") BigDecimal igst,
                                 @Schema(description = "The refund", example = "150.00") BigDecimal totalAmount) {

    /** What the credit note reverses of one invoice line. */
    @Schema(name = "CreditNoteLine")
    public record Line(@Schema(description = "The invoice line's number", example = "1") int lineNo,
                       @Schema(example = "Geyser Repair - Standard") String description,
                       @Schema(example = "KA") String placeOfSupply,
                       @Schema(example = "117.32") BigDecimal taxableAmount,
                       @Schema(example = "10.56") BigDecimal cgst,
                       @Schema(example = "10.56") BigDecimal sgst,
                       @Schema(example = "0.00") BigDecimal igst,
                       @Schema(example = "138.44") BigDecimal total) {
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
