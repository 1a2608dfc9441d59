package com.converge.booking.domain.customer;

import com.converge.kernel.domain.InvalidValueException;
import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * The code a customer shares to refer friends: {@code CV} and eight characters from an alphabet
 * without look-alikes (no 0/O, 1/I/L), so it survives being read out on a call.
 */
public record ReferralCode(String value) {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final Pattern SHAPE = Pattern.compile("CV[" + ALPHABET + "]{8}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public ReferralCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("referralCode", "is not a Converge referral code");
        }
    }

    public static ReferralCode generate() {
        StringBuilder code = new StringBuilder("CV");
        for (int i = 0; i < 8; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new ReferralCode(code.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
