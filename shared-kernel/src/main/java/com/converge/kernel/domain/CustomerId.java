package com.converge.kernel.domain;

/** A customer, as booking-service numbers them; a CUSTOMER's JWT {@code sub} is this number. */
public record CustomerId(long value) {

    public CustomerId {
        if (value <= 0) {
            throw new InvalidValueException("customerId", "a customer id is a positive number");
        }
    }

    public static CustomerId of(String value) {
        try {
            return new CustomerId(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("customerId", "a customer id is a positive number: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
