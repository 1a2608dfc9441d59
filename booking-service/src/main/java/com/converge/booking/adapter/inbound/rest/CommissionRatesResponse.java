package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.domain.settlement.CategoryCommission;
import com.converge.booking.domain.settlement.CommissionRateChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CommissionRatesResponse(
        @Schema(description = "COMMISSION_DEFAULT: the rate of categories without their own", example = "15")
        BigDecimal defaultPercent,
        List<CategoryRate> rates) {

    public record CategoryRate(@Schema(example = "3") int categoryId,
                               @Schema(example = "Plumbing") String categoryName,
                               @Schema(example = "17.5") BigDecimal percent,
                               @Schema(description = "false when the category pays the default") boolean ownRate) {

        static CategoryRate of(CategoryCommission category, BigDecimal fallback) {
            return new CategoryRate(category.categoryId(), category.categoryName(), category.percent(fallback),
                    category.hasOwnRate());
        }
    }

    /** A change made: the category's rate now and what it was (null when it paid the default). */
    public record CommissionRateChanged(@Schema(example = "3") int categoryId,
                                        @Schema(example = "Plumbing") String categoryName,
                                        @Schema(example = "17.5") BigDecimal percent,
                                        @Schema(example = "12.5") BigDecimal previousPercent,
                                        @Schema(description = "The subject of the caller's token", example = "ad-7") String changedBy,
                                        @Schema(example = "2026-11-20T09:30:00.412230Z") Instant changedAt) {

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
