package com.converge.booking.domain.invoice;

import com.converge.booking.domain.StateCode;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A GST credit note: money refunded after a booking was invoiced, with the tax on it reversed line by
 * line against the invoice it references.
 *
 * <p>Reversal rule, in exact paise: the refund is shared out over the invoice's lines in proportion to
 * what each line still holds (its total minus what earlier credit notes reversed), and each line's
 * share over its taxable value, its state tax (CGST plus SGST, halved) and IGST in proportion to what each
 * of those still holds, both by the largest-remainder method. So a credit note adds up to the refund exactly, its taxes are
 * the invoice's in proportion, no line is ever reversed beyond the invoice, and credit notes for the
 * whole amount reverse the invoice to the paisa.
 */
public record CreditNote(String number, FinancialYear financialYear, String invoiceNumber, String refundId,
                         BookingId bookingId, CustomerId customerId, StateCode supplierState,
                         Instant issuedAt, List<Line> lines, GstTotals totals) {

    public record Line(int lineNo, String description, TaxLine reversed) {
    }

    public CreditNote {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(refundId, "refundId");
        lines = List.copyOf(lines);
    }

    /**
     * The credit note for {@code amount} refunded against {@code invoice}; {@code creditedBefore} holds,
     * per invoice line number, what earlier credit notes reversed on it.
     */
    public static CreditNote against(TaxInvoice invoice, Map<Integer, TaxLine> creditedBefore, Money amount, String refundId,
                                     IssuedInvoice issued) {
        List<TaxInvoice.Line> invoiceLines = invoice.lines();
        long[][] remaining = new long[invoiceLines.size()][];
        long[] lineRemaining = new long[invoiceLines.size()];
        for (int i = 0; i < invoiceLines.size(); i++) {
            TaxInvoice.Line line = invoiceLines.get(i);
            TaxLine before = creditedBefore.get(line.lineNo());
            remaining[i] = new long[]{
                    line.tax().taxable().paise() - (before == null ? 0 : before.taxable().paise()),
                    line.tax().cgst().paise() - (before == null ? 0 : before.cgst().paise()),
                    line.tax().sgst().paise() - (before == null ? 0 : before.sgst().paise()),
                    line.tax().igst().paise() - (before == null ? 0 : before.igst().paise())};
            lineRemaining[i] = remaining[i][0] + remaining[i][1] + remaining[i][2] + remaining[i][3];
        }
        long creditable = 0;
        for (long left : lineRemaining) {
            creditable += left;
        }
        if (amount.paise() > creditable) {
            throw new IllegalArgumentException("a credit note of " + amount + " exceeds what invoice " + invoice.number()
                    + " still holds");
        }
        long[] lineShares = Apportionment.of(amount.paise(), lineRemaining);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < invoiceLines.size(); i++) {
            if (lineShares[i] == 0) {
                continue;
            }
            TaxInvoice.Line line = invoiceLines.get(i);
            lines.add(new Line(line.lineNo(), line.description(), reversal(lineShares[i], remaining[i], line.tax())));
        }
        return new CreditNote(issued.number(), issued.financialYear(), invoice.number(), refundId, invoice.bookingId(),
                invoice.customerId(), issued.supplierState(), issued.issuedAt(), lines,
                GstTotals.of(lines.stream().map(Line::reversed).toList()));
    }

    /**
     * A line's share over taxable value, state tax (CGST and SGST together, then halved, as the invoice
     * levies them equally) and IGST; an odd paisa of state tax goes to the taxable value, or to CGST
     * when the taxable value is used up.
     */
    private static TaxLine reversal(long share, long[] remaining, TaxLine invoiced) {
        long[] parts = Apportionment.of(share, new long[]{remaining[0], remaining[1] + remaining[2], remaining[3]});
        long taxable = parts[0];
        long cgst = parts[1] / 2;
        long sgst = parts[1] / 2;
        if (parts[1] % 2 == 1) {
            if (taxable < remaining[0]) {
                taxable++;
            } else {
                cgst++;
            }
        }
        return new TaxLine(Money.ofPaise(taxable), invoiced.placeOfSupply(), Money.ofPaise(cgst), Money.ofPaise(sgst),
                Money.ofPaise(parts[2]));
    }
}
