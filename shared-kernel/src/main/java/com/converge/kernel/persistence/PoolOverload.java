package com.converge.kernel.persistence;

import io.vertx.core.http.ConnectionPoolTooBusyException;

/** A failure because every database connection was busy: the service is overloaded, not broken. */
public final class PoolOverload {

    private static final String ACQUISITION_TIMEOUT = "Timeout waiting for connection";
    /** What Vert.x 4.5's pool fails a request with once it has waited its connection timeout. */
    private static final String POOL_REQUEST_TIMEOUT = "Timeout";

    private PoolOverload() {
    }

    /** The pool's wait queue was full ({@link WaitBoundedPool}), or the wait for a connection timed out. */
    public static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectionPoolTooBusyException
                    || (t instanceof io.vertx.core.VertxException && ACQUISITION_TIMEOUT.equals(t.getMessage()))
                    || (t instanceof io.vertx.core.impl.NoStackTraceThrowable && POOL_REQUEST_TIMEOUT.equals(t.getMessage()))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
