package com.converge.booking.domain.booking;

import java.util.Locale;

public enum PaymentStatus {
    PENDING, PARTIALLY_PAID, PAID, REFUNDED, FAILED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
