package com.converge.booking.domain.provider;

import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.UuidV7;
import java.util.Objects;
import java.util.UUID;

public record ProviderId(UUID value) {

    public ProviderId {
        Objects.requireNonNull(value, "providerId");
    }

    public static ProviderId next() {
        return new ProviderId(UuidV7.next());
    }

    public static ProviderId of(String value) {
        try {
            return new ProviderId(UUID.fromString(value));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException("providerId", "must be a UUID: " + value);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
