package com.converge.booking.domain.customer;

import com.converge.kernel.domain.CustomerId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A sign-up not stored yet. {@code chosenId} is the customer's own token subject when they register
 * themselves; an ADMIN registration leaves it empty and the store numbers the customer.
 */
public record Registration(CustomerId chosenId, String name, MobileNumber phone, EmailAddress email,
                           ReferralCode referralCode, CustomerId referredBy, Instant registeredAt) {

    public Registration {
        name = Customer.name(name);
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(referralCode, "referralCode");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }

    public Optional<CustomerId> chosen() {
        return Optional.ofNullable(chosenId);
    }

    public Customer as(CustomerId id) {
        return new Customer(id, name, phone, email, referralCode, referredBy, registeredAt);
    }
}
