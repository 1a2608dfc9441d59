package com.converge.complaint.domain;

import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import java.time.Instant;
import java.util.Objects;

/** A booking or an order a customer made, as its owning context announced it. */
public record Purchase(String id, Kind kind, CustomerId customerId, Money totalAmount, Instant occurredAt) {

    public enum Kind { BOOKING, ORDER }

    public Purchase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(totalAmount, "totalAmount");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    public boolean belongsTo(CustomerId customer) {
        return customerId.equals(customer);
    }
}
