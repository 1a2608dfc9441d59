package com.converge.order.domain;

import com.converge.kernel.domain.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One business day: orders placed, revenue (not cancelled, net of refunds), cancellations and returns. */
public record DailyMetrics(LocalDate day, int orders, Money revenue, int cancellations, int returns) {

    /** Revenue over the orders that were not cancelled, to the paisa. */
    public Money averageOrderValue() {
        int kept = orders - cancellations;
        return kept <= 0 ? Money.ZERO : new Money(revenue.amount().divide(BigDecimal.valueOf(kept), 2, Money.ROUNDING));
    }
}
