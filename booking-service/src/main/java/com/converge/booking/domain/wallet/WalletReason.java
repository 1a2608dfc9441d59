package com.converge.booking.domain.wallet;

import com.converge.kernel.domain.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Why money moved on a wallet. */
public enum WalletReason {
    REFERRAL, REFUND, COMPENSATION, ADJUSTMENT, BOOKING_PAYMENT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static WalletReason fromWire(String field, String value) {
        return Arrays.stream(values())
                .filter(r -> r.wireName().equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(field, "must be one of "
                        + Arrays.stream(values()).map(WalletReason::wireName).collect(Collectors.joining(", "))));
    }
}
