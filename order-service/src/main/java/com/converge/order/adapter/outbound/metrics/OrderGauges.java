package com.converge.order.adapter.outbound.metrics;

import com.converge.kernel.metrics.QueriedGauge;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The shop on the dashboard: orders by status and the stock reservations still held for unconfirmed
 * orders. (Expiries are counted where the sweeper expires them, see ReservationSweeper.)
 */
@Singleton
public class OrderGauges {

    @Produces
    @Singleton
    QueriedGauge ordersByStatus() {
        return QueriedGauge.of("converge.orders", "Orders, by status",
                "SELECT LOWER(status), COUNT(*) FROM customer_order GROUP BY status",
                "status");
    }

    @Produces
    @Singleton
    QueriedGauge activeReservations() {
        return QueriedGauge.of("converge.reservations.active", "Stock reservations held for orders not yet confirmed",
                "SELECT COUNT(*) FROM reservation WHERE status = 'RESERVED'");
    }
}
