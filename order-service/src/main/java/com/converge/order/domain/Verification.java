package com.converge.order.domain;

import java.util.Locale;

/** Where an order stands with the verification call a cash-on-delivery order from an untrusted buyer needs. */
public enum Verification {
    NOT_REQUIRED, AWAITING_CALL, VERIFIED, REJECTED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
