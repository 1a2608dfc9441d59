package com.converge.booking.application.port.inbound;

import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.InvalidValueException;
import java.math.BigDecimal;
import java.util.Objects;

/** A category's new commission rate, in percent of the taxable value: 0 to 100 with at most two decimals. */
public record ChangeCommissionRateCommand(int categoryId, BigDecimal percent, Caller caller) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ChangeCommissionRateCommand {
        if (percent == null) {
            throw new InvalidValueException("percent", "is required");
        }
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new InvalidValueException("percent", "must be 0 to 100");
        }
        if (percent.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException("percent", "has at most two decimals");
        }
        Objects.requireNonNull(caller, "caller");
    }
}
