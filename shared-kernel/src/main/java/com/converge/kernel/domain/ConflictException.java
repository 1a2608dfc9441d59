package com.converge.kernel.domain;

/** The request is valid but clashes with the current state: an illegal transition, a taken slot, stock gone. */
public class ConflictException extends DomainException {

    private final String kind;

    public ConflictException(String kind, String message) {
        super(message);
        this.kind = kind;
    }

    /** A short, stable name of this kind of conflict; it becomes the end of the problem's type URI. */
    public String kind() {
        return kind;
    }
}
