package com.converge.booking.domain.invoice;

import com.converge.booking.domain.StateCode;
import com.converge.kernel.domain.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * GST on one line of a booking. Services are taxed at 18%: inside the supplier's state as CGST 9%
 * plus SGST 9%, across states as IGST 18%.
 *
 * <p>Rounding rule: each tax of each line is computed on the line's taxable value and rounded to
 * the paisa half-up ({@link Money#ROUNDING}); invoice totals are the sums of the rounded line
 * amounts, so the lines always add up to the totals. An intra-state line's CGST and SGST are equal
 * halves, which can differ by one paisa from 18% rounded once; that is what the law's separate
 * levies give.
 */
public record TaxLine(Money taxable, StateCode placeOfSupply, Money cgst, Money sgst, Money igst) {

    public static final BigDecimal GST_RATE = BigDecimal.valueOf(18);
    public static final BigDecimal HALF_RATE = BigDecimal.valueOf(9);
    private static final BigDecimal GROSS_RATE = BigDecimal.valueOf(118);

    public TaxLine {
        Objects.requireNonNull(taxable, "taxable");
        Objects.requireNonNull(placeOfSupply, "placeOfSupply");
        Objects.requireNonNull(cgst, "cgst");
        Objects.requireNonNull(sgst, "sgst");
        Objects.requireNonNull(igst, "igst");
    }

    public static TaxLine on(Money taxable, StateCode supplierState, StateCode placeOfSupply) {
        if (supplierState == placeOfSupply) {
            Money half = taxable.percent(HALF_RATE);
            return new TaxLine(taxable, placeOfSupply, half, half, Money.ZERO);
        }
        return new TaxLine(taxable, placeOfSupply, Money.ZERO, Money.ZERO, taxable.percent(GST_RATE));
    }

    /**
     * GST on a charge that comes with the supply of {@code principal} (a reschedule fee for the booked
     * service): the same place of supply and the same levies, at 18%.
     */
    public static TaxLine ancillaryTo(Money taxable, TaxLine principal) {
        if (principal.isInterState()) {
            return new TaxLine(taxable, principal.placeOfSupply(), Money.ZERO, Money.ZERO, taxable.percent(GST_RATE));
        }
        Money half = taxable.percent(HALF_RATE);
        return new TaxLine(taxable, principal.placeOfSupply(), half, half, Money.ZERO);
    }

    /**
     * GST taken out of an amount that includes it, for a charge that comes with the supply of
     * {@code principal} (a cancellation fee the customer forfeits): the same place of supply and levies;
     * each levy is the amount times its rate over 118, rounded half-up to the paisa, and the taxable value
     * is the rest, so the line adds up to the amount exactly.
     */
    public static TaxLine includedIn(Money amount, TaxLine principal) {
        if (principal.isInterState()) {
            Money igst = levyIn(amount, GST_RATE);
            return new TaxLine(amount.minus(igst), principal.placeOfSupply(), Money.ZERO, Money.ZERO, igst);
        }
        Money half = levyIn(amount, HALF_RATE);
        return new TaxLine(amount.minus(half).minus(half), principal.placeOfSupply(), half, half, Money.ZERO);
    }

    private static Money levyIn(Money amount, BigDecimal rate) {
        return new Money(amount.amount().multiply(rate).divide(GROSS_RATE, 2, Money.ROUNDING));
    }

    public boolean isInterState() {
        return igst.isPositive() || (cgst.isZero() && sgst.isZero() && !taxable.isZero());
    }

    public Money tax() {
        return cgst.plus(sgst).plus(igst);
    }

    public Money total() {
        return taxable.plus(tax());
    }
}
