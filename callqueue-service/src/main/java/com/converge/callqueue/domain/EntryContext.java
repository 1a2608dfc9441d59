package com.converge.callqueue.domain;

import java.util.Objects;

/** Why an entry is in its queue: what raised it and the complaint or order the call is about. */
public record EntryContext(String source, String complaintId, String orderId) {

    public EntryContext {
        Objects.requireNonNull(source, "source");
    }

    public static EntryContext complaint(String complaintId) {
        return new EntryContext("complaint", complaintId, null);
    }
}
