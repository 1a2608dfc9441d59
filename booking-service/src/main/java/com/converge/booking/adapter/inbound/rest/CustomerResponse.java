package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.domain.customer.Customer;
import java.time.Instant;

public record CustomerResponse(long id, String name, String phone, String email, String referralCode, Long referredBy,
                               Instant registeredAt) {

    static CustomerResponse of(Customer customer) {
        return new CustomerResponse(customer.id().value(), customer.name(), customer.phone().value(), customer.email().value(),
                customer.referralCode().value(), customer.referrer().map(id -> id.value()).orElse(null), customer.registeredAt());
    }
}
