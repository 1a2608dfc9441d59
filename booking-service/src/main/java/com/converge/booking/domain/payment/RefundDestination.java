package com.converge.booking.domain.payment;

import com.converge.kernel.domain.InvalidValueException;
import java.util.Locale;

/** Where refunded money goes: the customer's wallet at once, or back the way it was paid. */
public enum RefundDestination {
    WALLET, ORIGINAL_METHOD;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The customer's choice; without one, the money goes back the way it came. */
    public static RefundDestination fromWire(String field, String value) {
        if (value == null) {
            return ORIGINAL_METHOD;
        }
        for (RefundDestination destination : values()) {
            if (destination.wireName().equals(value)) {
                return destination;
            }
        }
        throw new InvalidValueException(field, "must be wallet or original_method");
    }
}
