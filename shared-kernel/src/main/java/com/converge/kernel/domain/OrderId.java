package com.converge.kernel.domain;

import java.util.Objects;
import java.util.UUID;

/** An order, owned by order-service. */
public record OrderId(UUID value) {

    public OrderId {
        Objects.requireNonNull(value, "orderId");
    }

    public static OrderId next() {
        return new OrderId(UuidV7.next());
    }

    public static OrderId of(String value) {
        return new OrderId(UuidV7.parse("orderId", value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
