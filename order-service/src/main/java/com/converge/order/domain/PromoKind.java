package com.converge.order.domain;

import com.converge.kernel.domain.InvalidValueException;
import java.util.Locale;

public enum PromoKind {
    PERCENT, FLAT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PromoKind fromWire(String field, String value) {
        for (PromoKind kind : values()) {
            if (kind.wireName().equals(value)) {
                return kind;
            }
        }
        throw new InvalidValueException(field, "must be one of percent, flat");
    }
}
