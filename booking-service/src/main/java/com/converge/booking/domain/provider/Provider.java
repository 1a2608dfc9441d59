package com.converge.booking.domain.provider;

import com.converge.booking.domain.Pincode;
import com.converge.booking.domain.customer.MobileNumber;
import com.converge.kernel.domain.InvalidValueException;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/** A service professional: what they do, where, and whether they may be sent to customers. */
public record Provider(ProviderId id, String name, MobileNumber phone, boolean verified, boolean active, BigDecimal rating,
                       Set<Integer> subcategoryIds, Set<Pincode> pincodes) {

    private static final BigDecimal MAX_RATING = BigDecimal.valueOf(5);

    public Provider {
        Objects.requireNonNull(id, "id");
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new InvalidValueException("name", "is required, at most 100 characters");
        }
        name = name.strip();
        Objects.requireNonNull(phone, "phone");
        if (rating == null || rating.signum() < 0 || rating.compareTo(MAX_RATING) > 0 || rating.scale() > 2) {
            throw new InvalidValueException("rating", "must be 0.00..5.00");
        }
        if (subcategoryIds == null || subcategoryIds.isEmpty()) {
            throw new InvalidValueException("subcategoryIds", "a provider serves at least one subcategory");
        }
        if (pincodes == null || pincodes.isEmpty()) {
            throw new InvalidValueException("pincodes", "a provider covers at least one pincode");
        }
        subcategoryIds = Set.copyOf(subcategoryIds);
        pincodes = Set.copyOf(pincodes);
    }

    public boolean mayBeAssigned() {
        return verified && active;
    }
}
