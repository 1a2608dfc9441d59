package com.converge.booking.domain.customer;

import com.converge.kernel.domain.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;

/** An email address, lower-cased; checked for shape only (one @, a dotted domain), not deliverability. */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    public EmailAddress {
        if (value == null || value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("email", "must be an email address");
        }
        value = value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
