package com.converge.booking.domain.catalog;

import com.converge.booking.domain.Pincode;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * One priced variant of a subcategory ("Standard", "Premium"...), GST excluded. It is bookable
 * while now is inside its active window (open ends allowed) and only in its pincodes; no pincodes
 * means everywhere.
 */
public record RateCard(long id, int subcategoryId, String name, Money price, Money strikePrice, int durationMinutes,
                       Instant activeFrom, Instant activeUntil, Set<Pincode> pincodes) {

    public RateCard {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "is required");
        }
        Objects.requireNonNull(price, "price");
        if (!price.isPositive()) {
            throw new InvalidValueException("price", "must be more than zero");
        }
        if (strikePrice != null && !strikePrice.isGreaterThan(price)) {
            throw new InvalidValueException("strikePrice", "must be more than the price it is struck through for");
        }
        if (durationMinutes <= 0 || durationMinutes > 24 * 60) {
            throw new InvalidValueException("durationMinutes", "must be 1..1440");
        }
        if (activeFrom != null && activeUntil != null && !activeUntil.isAfter(activeFrom)) {
            throw new InvalidValueException("activeUntil", "must be after activeFrom");
        }
        pincodes = Set.copyOf(pincodes);
    }

    public boolean isOfferedEverywhere() {
        return pincodes.isEmpty();
    }

    public boolean isBookable(Pincode pincode, Instant now) {
        boolean started = activeFrom == null || !now.isBefore(activeFrom);
        boolean notEnded = activeUntil == null || now.isBefore(activeUntil);
        return started && notEnded && (isOfferedEverywhere() || pincodes.contains(pincode));
    }
}
