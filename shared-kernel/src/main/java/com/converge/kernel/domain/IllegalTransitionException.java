package com.converge.kernel.domain;

/** A state machine refused to move from one state to another. */
public class IllegalTransitionException extends ConflictException {

    private final String from;
    private final String to;

    public IllegalTransitionException(String aggregate, Object from, Object to) {
        super("illegal-transition", aggregate + " cannot move from " + from + " to " + to);
        this.from = String.valueOf(from);
        this.to = String.valueOf(to);
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }
}
