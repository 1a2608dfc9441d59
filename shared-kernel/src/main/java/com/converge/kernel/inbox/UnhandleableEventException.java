package com.converge.kernel.inbox;

/** A message that no retry can fix: it goes to the dead-letter topic with this reason. */
public class UnhandleableEventException extends RuntimeException {

    public UnhandleableEventException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public UnhandleableEventException(String reason) {
        super(reason);
    }
}
