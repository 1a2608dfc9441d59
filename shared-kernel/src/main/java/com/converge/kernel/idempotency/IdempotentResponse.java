package com.converge.kernel.idempotency;

import java.net.URI;

/** What a POST answered the first time: replayed as it was to a repeat with the same key and body. */
public record IdempotentResponse(int status, Object body, URI location) {

    public static IdempotentResponse created(URI location, Object body) {
        return new IdempotentResponse(201, body, location);
    }

    public static IdempotentResponse ok(Object body) {
        return new IdempotentResponse(200, body, null);
    }
}
