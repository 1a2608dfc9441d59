package com.converge.booking.domain.customer;

import com.converge.kernel.domain.InvalidValueException;
import java.util.regex.Pattern;

/**
 * An Indian mobile number, held as {@code +91} and ten digits starting 6-9. Spaces and hyphens a
 * person types are dropped; a bare ten-digit number or one with a leading 0 or 91 is accepted.
 */
public record MobileNumber(String value) {

    private static final Pattern E164_INDIAN_MOBILE = Pattern.compile("\\+91[6-9][0-9]{9}");

    public MobileNumber {
        if (value == null || !E164_INDIAN_MOBILE.matcher(value).matches()) {
            throw new InvalidValueException("phone", "must be an Indian mobile number: +91 and ten digits starting 6-9");
        }
    }

    public static MobileNumber parse(String typed) {
        if (typed == null) {
            throw new InvalidValueException("phone", "is required");
        }
        String digits = typed.replaceAll("[\\s-]", "");
        if (digits.startsWith("+91")) {
            return new MobileNumber(digits);
        }
        if (digits.length() == 12 && digits.startsWith("91")) {
            return new MobileNumber("+" + digits);
        }
        if (digits.length() == 11 && digits.startsWith("0")) {
            return new MobileNumber("+91" + digits.substring(1));
        }
        return new MobileNumber("+91" + digits);
    }

    @Override
    public String toString() {
        return value;
    }
}
