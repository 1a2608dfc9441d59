package com.converge.booking.application.port.inbound;

import com.converge.booking.domain.Pincode;
import com.converge.booking.domain.catalog.RateCard;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Money;
import java.time.Instant;
import java.util.Set;

/** A new rate card of a subcategory; its values are checked by the rate card it becomes. */
public record AddRateCardCommand(int subcategoryId, String name, Money price, Money strikePrice, int durationMinutes,
                                 Instant activeFrom, Instant activeUntil, Set<Pincode> pincodes) {

    public AddRateCardCommand {
        if (subcategoryId <= 0) {
            throw new InvalidValueException("subcategoryId", "is required");
        }
        if (price == null) {
            throw new InvalidValueException("price", "is required");
        }
        pincodes = pincodes == null ? Set.of() : Set.copyOf(pincodes);
        // the fields are not assigned yet inside this constructor, so its parameters are checked
        new RateCard(0, subcategoryId, name, price, strikePrice, durationMinutes, activeFrom, activeUntil, pincodes);
    }

    /** The rate card to store, before the database numbers it. */
    public RateCard rateCard() {
        return new RateCard(0, subcategoryId, name, price, strikePrice, durationMinutes, activeFrom, activeUntil, pincodes);
    }
}
