package com.converge.order.domain;

import com.converge.kernel.domain.CustomerId;

/** What this shop knows of a buyer's past deliveries. */
public record BuyerRecord(CustomerId customerId, int deliveredOrders, int refusedDeliveries) {

    public static BuyerRecord firstTime(CustomerId customerId) {
        return new BuyerRecord(customerId, 0, 0);
    }
}
