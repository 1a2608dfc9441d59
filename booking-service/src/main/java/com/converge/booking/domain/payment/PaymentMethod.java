package com.converge.booking.domain.payment;

import com.converge.kernel.domain.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How money for a booking was paid: from the wallet (a ledger debit) or through a payment gateway or in cash. */
public enum PaymentMethod {
    WALLET, UPI, CARD, NETBANKING, CASH;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PaymentMethod fromWire(String field, String value) {
        return Arrays.stream(values())
                .filter(method -> method.wireName().equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(field, "must be one of "
                        + Arrays.stream(values()).map(PaymentMethod::wireName).collect(Collectors.joining(", "))));
    }
}
