package com.converge.kernel.domain;

/** A rule of the business said no. Each subtype maps to one kind of RFC 9457 problem. */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message, null, false, false);
    }
}
