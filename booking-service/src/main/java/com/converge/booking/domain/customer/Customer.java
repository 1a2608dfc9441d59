package com.converge.booking.domain.customer;

import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A customer's profile. {@code referredBy} is the customer whose referral code they signed up with. */
public record Customer(CustomerId id, String name, MobileNumber phone, EmailAddress email, ReferralCode referralCode,
                       CustomerId referredBy, Instant registeredAt) {

    public static final int NAME_MAX = 100;

    public Customer {
        Objects.requireNonNull(id, "id");
        name = name(name);
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(referralCode, "referralCode");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }

    public static String name(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "is required");
        }
        String trimmed = name.strip();
        if (trimmed.length() > NAME_MAX) {
            throw new InvalidValueException("name", "is longer than " + NAME_MAX + " characters");
        }
        return trimmed;
    }

    public Optional<CustomerId> referrer() {
        return Optional.ofNullable(referredBy);
    }
}
