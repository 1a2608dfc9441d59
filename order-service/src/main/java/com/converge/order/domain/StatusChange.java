package com.converge.order.domain;

import java.time.Instant;
import java.util.Objects;

/** One step in an order's history; {@code from} is null for the order being placed. */
public record StatusChange(OrderStatus from, OrderStatus to, String by, Instant at, String reason) {

    public StatusChange {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
