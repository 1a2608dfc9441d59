package com.converge.kernel.domain;

/** Well-formed input that the business cannot accept (a reference to another customer's order, say). */
public class BusinessRuleViolation extends DomainException {

    private final String field;

    public BusinessRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
