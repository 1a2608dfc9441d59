package com.converge.kernel.domain;

/** A value or command could not be built from what the client sent; {@link #field()} names what was wrong. */
public class InvalidValueException extends DomainException {

    private final String field;

    public InvalidValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
