package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.domain.settlement.CategoryCommission;
import com.converge.booking.domain.settlement.CommissionRateChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CommissionRatesResponse(
        @Schema(description = "COMMISSION_DEFAULT: the rate of categories without their own") BigDecimal defaultPercent,
        List<CategoryRate> rates) {

    public record CategoryRate(int categoryId, String categoryName, BigDecimal percent,
                       @Schema(description = "false when the category pays the default") boolean ownRate) {

        static CategoryRate of(CategoryCommission category, BigDecimal fallback) {
            return new CategoryRate(category.categoryId(), category.categoryName(), category.percent(fallback),
                    category.hasOwnRate());
        }
    }

    /** A change made: the category's rate now and what it was (null when it paid the default). */
    public record CommissionRateChanged(int categoryId, String categoryName, BigDecimal percent, BigDecimal previousPercent,
                                        String changedBy, Instant changedAt) {

        static CommissionRateChanged of(CommissionRateChange change) {
            return new CommissionRateChanged(change.categoryId(), change.categoryName(), change.percent(), change.previousPercent(),
                    change.changedBy(), change.changedAt());
        }
    }

    static CommissionRatesResponse of(List<CategoryCommission> categories, BigDecimal fallback) {
        return new CommissionRatesResponse(fallback,
                categories.stream().map(category -> CategoryRate.of(category, fallback)).toList());
    }
}
