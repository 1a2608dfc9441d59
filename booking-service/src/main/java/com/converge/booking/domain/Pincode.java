package com.converge.booking.domain;

import com.converge.kernel.domain.InvalidValueException;
import java.util.regex.Pattern;

/** An Indian postal index number: six digits, the first not zero. */
public record Pincode(String value) {

    private static final Pattern SIX_DIGITS = Pattern.compile("[1-9][0-9]{5}");

    public Pincode {
        if (value == null || !SIX_DIGITS.matcher(value).matches()) {
            throw new InvalidValueException("pincode", "must be six digits, not starting with 0: " + value);
        }
    }

    public static Pincode of(String field, String value) {
        if (value == null || !SIX_DIGITS.matcher(value).matches()) {
            throw new InvalidValueException(field, "must be six digits, not starting with 0: " + value);
        }
        return new Pincode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
