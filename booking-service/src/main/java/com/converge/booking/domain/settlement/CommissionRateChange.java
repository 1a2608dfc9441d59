package com.converge.booking.domain.settlement;

import com.converge.kernel.domain.BusinessRuleViolation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A category's commission rate set to {@code percent} by someone at a time, with the rate it had
 * ({@code previousPercent}, null when it paid the default). It applies to statements drawn from then
 * on; bookings settled before keep the rate they were charged, also for refunds adjusted later.
 */
public record CommissionRateChange(int categoryId, String categoryName, BigDecimal previousPercent, BigDecimal percent,
                                   String changedBy, Instant changedAt) {

    public CommissionRateChange {
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
    }

    /** Refused (422 naming {@code percent}) above the most a statement can take, see {@link CommissionRates}. */
    public static CommissionRateChange of(CategoryCommission category, BigDecimal percent, String changedBy, Instant now) {
        if (percent.compareTo(CommissionRates.MAX) > 0) {
            throw new BusinessRuleViolation("percent", "a commission above " + CommissionRates.MAX.toPlainString()
                    + "% would leave the provider less than nothing after GST on it");
        }
        return new CommissionRateChange(category.categoryId(), category.categoryName(), category.ownPercent(),
                percent.setScale(2), changedBy, now);
    }

    public CategoryCommission after() {
        return new CategoryCommission(categoryId, categoryName, percent);
    }
}
