package com.converge.kernel.events;

import java.time.Instant;

/** A customer signed up with booking-service. {@code referredBy} is the referrer's customer id, if any. */
public record CustomerRegistered(long customerId, String name, String phone, String email, String referralCode,
                                 Long referredBy, Instant registeredAt) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return Long.toString(customerId);
    }
}
