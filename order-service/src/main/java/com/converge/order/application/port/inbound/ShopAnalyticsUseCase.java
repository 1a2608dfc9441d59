package com.converge.order.application.port.inbound;

import com.converge.kernel.domain.CustomerId;
import com.converge.order.domain.CustomerValue;
import com.converge.order.domain.DailyMetrics;
import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.util.List;

public interface ShopAnalyticsUseCase {

    Uni<List<DailyMetrics>> daily(LocalDate from, LocalDate to);

    /** A customer's lifetime value as of now; a customer without orders is 404. */
    Uni<CustomerStanding> customer(CustomerId customerId);

    Uni<List<CustomerStanding>> topCustomers(int limit);

    record CustomerStanding(CustomerValue value, CustomerValue.Tier tier, CustomerValue.Status status, long daysSinceLastOrder) {
    }
}
