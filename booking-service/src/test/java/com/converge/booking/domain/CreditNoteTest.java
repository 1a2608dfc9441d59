package com.converge.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.converge.booking.domain.invoice.CreditNote;
import com.converge.booking.domain.invoice.FinancialYear;
import com.converge.booking.domain.invoice.GstTotals;
import com.converge.booking.domain.invoice.IssuedInvoice;
import com.converge.booking.domain.invoice.TaxInvoice;
import com.converge.booking.domain.invoice.TaxLine;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CreditNoteTest {

    private static final Instant NOW = Instant.parse("2026-11-20T06:00:00Z");
    private static final FinancialYear YEAR = new FinancialYear(2026);

    /** An intra-state line (CGST + SGST) and an inter-state line (IGST): 530.42 + 1180.00 = 1710.42. */
    private static TaxInvoice invoice() {
        List<TaxInvoice.Line> lines = List.of(
                new TaxInvoice.Line(1, "Tap repair - Standard", Money.of("449.50"), 1, TaxLine.on(Money.of("449.50"), StateCode.KA, StateCode.KA)),
                new TaxInvoice.Line(2, "AC service - Standard", Money.of("500.00"), 2, TaxLine.on(Money.of("1000.00"), StateCode.KA, StateCode.MH)));
        return new TaxInvoice("BK/2627/000001", YEAR, BookingId.next(), new CustomerId(7), StateCode.KA, NOW, lines,
                GstTotals.of(lines.stream().map(TaxInvoice.Line::tax).toList()));
    }

    private static CreditNote note(TaxInvoice invoice, Map<Integer, TaxLine> before, String amount, int sequence) {
        return CreditNote.against(invoice, before, Money.of(amount), "refund-" + sequence,
                new IssuedInvoice("CN/2627/" + String.format("%06d", sequence), YEAR, StateCode.KA, NOW));
    }

    private static void add(Map<Integer, TaxLine> credited, CreditNote note) {
        for (CreditNote.Line line : note.lines()) {
            credited.merge(line.lineNo(), line.reversed(), (a, b) -> new TaxLine(a.taxable().plus(b.taxable()), a.placeOfSupply(),
                    a.cgst().plus(b.cgst()), a.sgst().plus(b.sgst()), a.igst().plus(b.igst())));
        }
    }

    @Test
    void aRefundOfTheWholeInvoiceReversesEveryLineToThePaisa() {
        TaxInvoice invoice = invoice();
        CreditNote note = note(invoice, Map.of(), "1710.42", 1);
        assertThat(note.invoiceNumber()).isEqualTo("BK/2627/000001");
        assertThat(note.totals()).isEqualTo(invoice.totals());
        assertThat(note.lines()).extracting(CreditNote.Line::reversed)
                .containsExactly(invoice.lines().get(0).tax(), invoice.lines().get(1).tax());
    }

    @Test
    void aPartialRefundReversesGstInProportionAndAddsUpToTheRefund() {
        CreditNote note = note(invoice(), Map.of(), "100.00", 1);
        assertThat(note.totals().total()).isEqualTo(Money.of("100.00"));
        // 100.00 over 530.42 and 1180.00: 31.01 and 68.99
        assertThat(note.lines().get(0).reversed().total()).isEqualTo(Money.of("31.01"));
        assertThat(note.lines().get(1).reversed().total()).isEqualTo(Money.of("68.99"));
        TaxLine intra = note.lines().get(0).reversed();
        assertThat(intra.cgst()).isEqualTo(intra.sgst());
        assertThat(intra.taxable()).isEqualTo(Money.of("26.29"));
        assertThat(intra.cgst()).isEqualTo(Money.of("2.36"));
        TaxLine inter = note.lines().get(1).reversed();
        assertThat(inter.cgst()).isEqualTo(Money.ZERO);
        assertThat(inter.igst()).isEqualTo(Money.of("10.52"));
        assertThat(inter.taxable()).isEqualTo(Money.of("58.47"));
    }

    @Test
    void creditNotesForThePartsOfTheInvoiceTogetherReverseItExactlyAndNeverBeyond() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            TaxInvoice invoice = invoice();
            Map<Integer, TaxLine> credited = new HashMap<>();
            long left = invoice.totals().total().paise();
            int sequence = 0;
            while (left > 0) {
                long part = Math.min(left, 1 + random.nextInt(60_000));
                CreditNote note = note(invoice, credited, Money.ofPaise(part).amount().toPlainString(), ++sequence);
                assertThat(note.totals().total().paise()).isEqualTo(part);
                for (CreditNote.Line line : note.lines()) {
                    assertThat(line.reversed().taxable().isNegative() || line.reversed().cgst().isNegative()
                            || line.reversed().sgst().isNegative() || line.reversed().igst().isNegative()).isFalse();
                }
                add(credited, note);
                left -= part;
            }
            assertThat(credited.get(1)).isEqualTo(invoice.lines().get(0).tax());
            assertThat(credited.get(2)).isEqualTo(invoice.lines().get(1).tax());
            assertThatThrownBy(() -> note(invoice, credited, "0.01", 99)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
