package com.converge.booking.domain.invoice;

import com.converge.kernel.domain.Money;
import java.util.List;

/** The sums of rounded line amounts; by construction taxable + cgst + sgst + igst = total. */
public record GstTotals(Money taxable, Money cgst, Money sgst, Money igst, Money total) {

    public static GstTotals of(List<TaxLine> lines) {
        Money taxable = Money.ZERO;
        Money cgst = Money.ZERO;
        Money sgst = Money.ZERO;
        Money igst = Money.ZERO;
        for (TaxLine line : lines) {
            taxable = taxable.plus(line.taxable());
            cgst = cgst.plus(line.cgst());
            sgst = sgst.plus(line.sgst());
            igst = igst.plus(line.igst());
        }
        return new GstTotals(taxable, cgst, sgst, igst, taxable.plus(cgst).plus(sgst).plus(igst));
    }

    public Money tax() {
        return cgst.plus(sgst).plus(igst);
    }
}
