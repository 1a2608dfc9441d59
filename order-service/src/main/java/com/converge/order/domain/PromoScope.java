package com.converge.order.domain;

import com.converge.kernel.domain.InvalidValueException;
import java.util.Locale;

/** What a promo discounts: the whole order, lines of some categories, or lines of some products. */
public enum PromoScope {
    ALL, CATEGORIES, PRODUCTS;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PromoScope fromWire(String field, String value) {
        for (PromoScope scope : values()) {
            if (scope.wireName().equals(value)) {
                return scope;
            }
        }
        throw new InvalidValueException(field, "must be one of all, categories, products");
    }
}
