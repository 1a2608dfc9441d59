package com.converge.order.application.service;

import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.NotFoundException;
import com.converge.kernel.domain.TimeSource;
import com.converge.order.application.port.inbound.ShopAnalyticsUseCase;
import com.converge.order.application.port.outbound.ShopAnalytics;
import com.converge.order.domain.CustomerValue;
import com.converge.order.domain.DailyMetrics;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

public class ShopAnalyticsService implements ShopAnalyticsUseCase {

    static final int MAX_DAYS = 366;

    private final UnitOfWork unitOfWork;
    private final ShopAnalytics analytics;
    private final OrderSettings settings;
    private final TimeSource clock;

    public ShopAnalyticsService(UnitOfWork unitOfWork, ShopAnalytics analytics, OrderSettings settings, TimeSource clock) {
        this.unitOfWork = unitOfWork;
        this.analytics = analytics;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Uni<List<DailyMetrics>> daily(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.ofInstant(clock.now(), settings.businessZone());
        LocalDate last = to == null ? today : to;
        LocalDate first = from == null ? last.minusDays(29) : from;
        if (first.isAfter(last)) {
            throw new InvalidValueException("from", "is on or before to");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new InvalidValueException("from", "a report covers at most " + MAX_DAYS + " days");
        }
        return unitOfWork.reading(() -> analytics.daily(first, last, settings.businessZone()));
    }

    @Override
    public Uni<CustomerStanding> customer(CustomerId customerId) {
        Instant now = clock.now();
        return unitOfWork.reading(() -> analytics.customer(customerId))
                .map(found -> standing(found.orElseThrow(() -> new NotFoundException("customer", customerId)), now));
    }

    @Override
    public Uni<List<CustomerStanding>> topCustomers(int limit) {
        Instant now = clock.now();
        return unitOfWork.reading(() -> analytics.topCustomers(limit))
                .map(values -> values.stream().map(v -> standing(v, now)).toList());
    }

    private static CustomerStanding standing(CustomerValue value, Instant now) {
        return new CustomerStanding(value, value.tier(), value.status(now), value.daysSinceLastOrder(now));
    }
}
