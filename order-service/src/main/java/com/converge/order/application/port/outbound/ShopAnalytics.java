package com.converge.order.application.port.outbound;

import com.converge.kernel.domain.CustomerId;
import com.converge.order.domain.CustomerValue;
import com.converge.order.domain.DailyMetrics;
import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Read models computed from the orders. */
public interface ShopAnalytics {

    /** Per business day in {@code zone}, from {@code from} to {@code to} inclusive, days without orders left out. */
    Uni<List<DailyMetrics>> daily(LocalDate from, LocalDate to, ZoneId zone);

    Uni<Optional<CustomerValue>> customer(CustomerId customerId);

    /** The customers who spent most. */
    Uni<List<CustomerValue>> topCustomers(int limit);
}
