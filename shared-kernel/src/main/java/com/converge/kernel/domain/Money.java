package com.converge.kernel.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount of Indian rupees, held to the paisa (scale 2). Never a double.
 *
 * <p>Rounding to paise, wherever a computation produces more digits (percentages, shares), is
 * {@link #ROUNDING}: half-up, the rule Indian GST invoices and most ledgers use. An amount with more
 * than two decimals given from outside is rejected, never silently rounded.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final String CURRENCY = "INR";
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final Money ZERO = new Money(BigDecimal.ZERO);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException("amount", "an INR amount has at most two decimals (paise): " + amount.toPlainString());
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money of(String rupees) {
        try {
            return new Money(new BigDecimal(rupees));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("amount", "not a decimal amount: " + rupees);
        }
    }

    public static Money rupees(long rupees) {
        return new Money(BigDecimal.valueOf(rupees));
    }

    public static Money ofPaise(long paise) {
        return new Money(BigDecimal.valueOf(paise, 2));
    }

    public long paise() {
        return amount.movePointRight(2).longValueExact();
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money times(long quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)));
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    /** {@code percent} of this amount (for example 18 for GST at 18%), rounded to paise with {@link #ROUNDING}. */
    public Money percent(BigDecimal percent) {
        return new Money(amount.multiply(percent).divide(HUNDRED, 2, ROUNDING));
    }

    public Money percent(long percent) {
        return percent(BigDecimal.valueOf(percent));
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return CURRENCY + " " + amount.toPlainString();
    }
}
