package com.converge.order.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustomerValueTest {

    private static final Instant NOW = Instant.parse("2026-11-20T04:30:00Z");

    @ParameterizedTest(name = "spent {0}: {1}")
    @CsvSource({"0.00, BRONZE", "9999.99, BRONZE", "10000.00, SILVER", "49999.99, SILVER", "50000.00, GOLD",
            "99999.99, GOLD", "100000.00, PLATINUM", "2500000.00, PLATINUM"})
    void tiersFollowSpend(String spent, CustomerValue.Tier tier) {
        assertThat(new CustomerValue(new CustomerId(1), 3, Money.of(spent), NOW).tier()).isEqualTo(tier);
    }

    @ParameterizedTest(name = "last order {0} days ago: {1}")
    @CsvSource({"0, ACTIVE", "30, ACTIVE", "31, AT_RISK", "90, AT_RISK", "91, CHURNED", "400, CHURNED"})
    void statusFollowsRecency(long days, CustomerValue.Status status) {
        CustomerValue value = new CustomerValue(new CustomerId(1), 1, Money.of("10.00"), NOW.minus(Duration.ofDays(days)));
        assertThat(value.status(NOW)).isEqualTo(status);
        assertThat(value.daysSinceLastOrder(NOW)).isEqualTo(days);
    }

    @Test
    void theAverageOrderValueLeavesCancelledOrdersOutAndRoundsHalfUp() {
        assertThat(new DailyMetrics(LocalDate.of(2026, 11, 20), 4, Money.of("100.00"), 1, 0).averageOrderValue())
                .isEqualTo(Money.of("33.33"));
        assertThat(new DailyMetrics(LocalDate.of(2026, 11, 20), 3, Money.of("100.01"), 1, 0).averageOrderValue())
                .isEqualTo(Money.of("50.01"));
        assertThat(new DailyMetrics(LocalDate.of(2026, 11, 20), 2, Money.ZERO, 2, 0).averageOrderValue()).isEqualTo(Money.ZERO);
    }
}
