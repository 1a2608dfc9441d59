package com.converge.order.domain;

import com.converge.kernel.domain.InvalidValueException;

/** Where an order goes: an Indian state and a six-digit pincode. */
public record Destination(String state, String pincode) {

    public Destination {
        if (state == null || state.isBlank()) {
            throw new InvalidValueException("shipTo.state", "is required");
        }
        state = state.strip();
        if (pincode == null || !pincode.matches("[1-9][0-9]{5}")) {
            throw new InvalidValueException("shipTo.pincode", "is six digits, not starting with 0");
        }
    }
}
