package com.converge.callqueue.domain;

import com.converge.kernel.domain.InvalidValueException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a conversion's commission is estimated and shared: {@code ratePercent} of the value, of which
 * the primary agent gets {@code primaryPercent} and the contributing agents share
 * {@code contributorsPercent} equally. The two shares must total 100%; with no contributor the
 * primary agent gets it all.
 */
public record CommissionSplit(BigDecimal ratePercent, BigDecimal primaryPercent, BigDecimal contributorsPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static final CommissionSplit DEFAULT =
            new CommissionSplit(BigDecimal.valueOf(5), BigDecimal.valueOf(70), BigDecimal.valueOf(30));

    public CommissionSplit {
        Objects.requireNonNull(ratePercent, "ratePercent");
        Objects.requireNonNull(primaryPercent, "primaryPercent");
        Objects.requireNonNull(contributorsPercent, "contributorsPercent");
        if (ratePercent.signum() < 0 || ratePercent.compareTo(HUNDRED) > 0) {
            throw new InvalidValueException("ratePercent", "a commission rate is between 0 and 100 percent");
        }
        if (primaryPercent.signum() < 0 || contributorsPercent.signum() < 0) {
            throw new InvalidValueException("primaryPercent", "shares are not negative");
        }
        if (primaryPercent.add(contributorsPercent).compareTo(HUNDRED) != 0) {
            throw new InvalidValueException("primaryPercent",
                    "the primary and contributors' shares must total 100%, not " + primaryPercent.add(contributorsPercent));
        }
    }
}
