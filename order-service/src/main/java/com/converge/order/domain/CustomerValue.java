package com.converge.order.domain;

import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/** A buyer's lifetime value: orders that were not cancelled, what they spent net of refunds, and how recently. */
public record CustomerValue(CustomerId customerId, int orders, Money spent, Instant lastOrderAt) {

    public enum Tier {
        BRONZE, SILVER, GOLD, PLATINUM;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Status {
        ACTIVE, AT_RISK, CHURNED;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final Money SILVER_FROM = Money.rupees(10_000);
    static final Money GOLD_FROM = Money.rupees(50_000);
    static final Money PLATINUM_FROM = Money.rupees(100_000);
    static final long ACTIVE_DAYS = 30;
    static final long AT_RISK_DAYS = 90;

    public CustomerValue {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(spent, "spent");
        Objects.requireNonNull(lastOrderAt, "lastOrderAt");
    }

    /** By spend: bronze below 10,000, silver below 50,000, gold below 1,00,000, platinum from there. */
    public Tier tier() {
        if (!spent.isLessThan(PLATINUM_FROM)) {
            return Tier.PLATINUM;
        }
        if (!spent.isLessThan(GOLD_FROM)) {
            return Tier.GOLD;
        }
        return spent.isLessThan(SILVER_FROM) ? Tier.BRONZE : Tier.SILVER;
    }

    public long daysSinceLastOrder(Instant now) {
        return Math.max(0, Duration.between(lastOrderAt, now).toDays());
    }

    /** By recency: active within 30 days of the last order, at risk within 90, churned after. */
    public Status status(Instant now) {
        long days = daysSinceLastOrder(now);
        if (days <= ACTIVE_DAYS) {
            return Status.ACTIVE;
        }
        return days <= AT_RISK_DAYS ? Status.AT_RISK : Status.CHURNED;
    }
}
