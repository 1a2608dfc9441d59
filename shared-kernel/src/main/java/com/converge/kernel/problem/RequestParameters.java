package com.converge.kernel.problem;

import com.converge.kernel.domain.InvalidValueException;

/**
 * Reads query parameters that JAX-RS would otherwise convert itself: a value it cannot convert
 * becomes a 404 there, where a client deserves a 400 that names the parameter.
 */
public final class RequestParameters {

    private RequestParameters() {
    }

    public static int integer(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(name, "must be a whole number: " + value);
        }
    }
}
