package com.converge.order.domain;

import com.converge.kernel.domain.InvalidValueException;
import java.util.Locale;

public enum PaymentMethod {
    COD, PREPAID;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PaymentMethod fromWire(String field, String value) {
        for (PaymentMethod method : values()) {
            if (method.wireName().equals(value)) {
                return method;
            }
        }
        throw new InvalidValueException(field, "must be one of cod, prepaid");
    }
}
