package com.converge.callqueue.domain;

import com.converge.kernel.domain.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a call ended. {@link #connected()} means the customer was on the line: it is what makes an
 * agent the primary one of a later conversion. {@code VERIFIED} and {@code REFUSED} close an order
 * verification call.
 */
public enum CallOutcome {
    CONNECTED(true),
    VERIFIED(true),
    REFUSED(true),
    CALLBACK_REQUESTED(true),
    NOT_INTERESTED(true),
    NO_ANSWER(false),
    BUSY(false),
    VOICEMAIL(false),
    WRONG_NUMBER(false);

    private final boolean connected;

    CallOutcome(boolean connected) {
        this.connected = connected;
    }

    public boolean connected() {
        return connected;
    }

    /** The outcomes that settle an order verification one way or the other. */
    public boolean settlesVerification() {
        return this == VERIFIED || this == REFUSED || this == WRONG_NUMBER;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CallOutcome fromWire(String field, String value) {
        return Arrays.stream(values())
                .filter(o -> o.wireName().equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(field, "must be one of "
                        + Arrays.stream(values()).map(CallOutcome::wireName).collect(Collectors.joining(", "))));
    }
}
