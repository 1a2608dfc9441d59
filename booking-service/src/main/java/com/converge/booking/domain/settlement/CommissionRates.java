package com.converge.booking.domain.settlement;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * The platform's commission on a provider's work, in percent of its taxable value, per category, with
 * a fallback for categories without a rate of their own. At most 80%, so a statement's net payable
 * (after GST on the commission) can never be negative.
 */
public record CommissionRates(Map<Integer, BigDecimal> byCategory, BigDecimal fallback) {

    static final BigDecimal MAX = BigDecimal.valueOf(80);

    public CommissionRates {
        byCategory = Map.copyOf(byCategory);
        Objects.requireNonNull(fallback, "fallback");
        byCategory.values().forEach(CommissionRates::requireValid);
        requireValid(fallback);
    }

    public BigDecimal percentFor(int categoryId) {
        return byCategory.getOrDefault(categoryId, fallback);
    }

    private static void requireValid(BigDecimal percent) {
        if (percent.signum() < 0 || percent.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("a commission rate is 0 to " + MAX + " percent: " + percent);
        }
    }
}
