package com.converge.booking.domain.settlement;

import java.math.BigDecimal;
import java.util.Objects;

/** A category and its own commission rate; without one ({@code ownPercent} null) it pays the default. */
public record CategoryCommission(int categoryId, String categoryName, BigDecimal ownPercent) {

    public CategoryCommission {
        Objects.requireNonNull(categoryName, "categoryName");
    }

    public BigDecimal percent(BigDecimal fallback) {
        return ownPercent != null ? ownPercent : fallback;
    }

    public boolean hasOwnRate() {
        return ownPercent != null;
    }
}
