package com.converge.complaint.domain;

import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Money;
import java.util.Locale;
import java.util.Objects;

/**
 * What the customer gets back with a resolution: nothing, a wallet credit (a booking complaint,
 * booking-service credits the wallet) or an order refund (order-service refunds the order).
 */
public record Compensation(Kind kind, Money amount) {

    public enum Kind {
        NONE, WALLET_CREDIT, ORDER_REFUND;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final Compensation NONE = new Compensation(Kind.NONE, Money.ZERO);

    public Compensation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        if (kind == Kind.NONE && !amount.isZero()) {
            throw new InvalidValueException("compensationAmount", "no amount without compensation");
        }
        if (kind != Kind.NONE && !amount.isPositive()) {
            throw new InvalidValueException("compensationAmount", "must be more than zero");
        }
    }

    public boolean isNone() {
        return kind == Kind.NONE;
    }
}
