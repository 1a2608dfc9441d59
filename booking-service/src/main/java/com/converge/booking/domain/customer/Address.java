package com.converge.booking.domain.customer;

import com.converge.booking.domain.Pincode;
import com.converge.booking.domain.StateCode;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import java.util.Objects;

/** Where a customer has services done; {@code id} is 0 until it is stored. */
public record Address(long id, CustomerId customerId, String label, String line1, String line2, String city,
                      StateCode state, Pincode pincode, boolean isDefault) {

    public Address {
        Objects.requireNonNull(customerId, "customerId");
        label = label == null || label.isBlank() ? "Home" : text("label", label, 50);
        line1 = text("line1", line1, 200);
        line2 = line2 == null || line2.isBlank() ? null : text("line2", line2, 200);
        city = text("city", city, 100);
        if (state == null) {
            throw new InvalidValueException("stateCode", "is required");
        }
        if (pincode == null) {
            throw new InvalidValueException("pincode", "is required");
        }
    }

    public Address withId(long newId) {
        return new Address(newId, customerId, label, line1, line2, city, state, pincode, isDefault);
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "is required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidValueException(field, "is longer than " + max + " characters");
        }
        return trimmed;
    }
}
