package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.domain.customer.Customer;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CustomerResponse(@Schema(example = "42") long id,
                               @Schema(example = "Priya Sharma") String name,
                               @Schema(example = "+919876543210") String phone,
                               @Schema(example = "priya@example.in") String email,
                               @Schema(description = "Their own code, to refer friends", example = "CVH4N8R2TW") String referralCode,
                               @Schema(description = "The customer who referred them", example = "17") Long referredBy,
                               @Schema(example = "2026-09-02T14:05:33.512871Z") Instant registeredAt) {

    static CustomerResponse of(Customer customer) {
        return new CustomerResponse(customer.id().value(), customer.name(), customer.phone().value(), customer.email().value(),
                customer.referralCode().value(), customer.referrer().map(id -> id.value()).orElse(null), customer.registeredAt());
    }
}
