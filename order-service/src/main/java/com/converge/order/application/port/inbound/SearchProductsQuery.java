package com.converge.order.application.port.inbound;

import com.converge.kernel.domain.InvalidValueException;

/** {@code includeInactive} is for staff; customers see active products only. */
public record SearchProductsQuery(String text, Long categoryId, Long brandId, boolean includeInactive, String cursor, int limit) {

    public static final int MAX_LIMIT = 100;

    public SearchProductsQuery {
        text = Require.optionalText(text, "q", 100);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit", "is between 1 and " + MAX_LIMIT);
        }
    }
}
