package com.converge.callqueue.domain;

import com.converge.kernel.domain.CustomerId;
import java.time.Instant;
import java.util.Objects;

/** A customer who must never be called; nobody takes them off the list here. */
public record DoNotCallEntry(CustomerId customerId, String addedBy, String reason, Instant addedAt) {

    public DoNotCallEntry {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(addedBy, "addedBy");
        Objects.requireNonNull(addedAt, "addedAt");
    }
}
