package com.converge.booking.domain.payment;

import com.converge.kernel.domain.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The share of a booking's total (GST included) the customer pays before it can be confirmed, in
 * percent (0 to 100); the rest is due when the work is completed. The advance is rounded half-up to
 * the paisa.
 */
public record AdvancePolicy(BigDecimal percent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public AdvancePolicy {
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("a minimum advance is 0 to 100 percent: " + percent);
        }
    }

    public Money minimumFor(Money total) {
        return total.percent(percent);
    }
}
