package com.converge.callqueue.domain;

import java.util.Objects;

/** Why an entry is in its queue: what raised it and the complaint or order the call is about. */
public record EntryContext(EntrySource source, String complaintId, String orderId) {

    public EntryContext {
        Objects.requireNonNull(source, "source");
    }

    public static EntryContext complaint(String complaintId) {
        return new EntryContext(EntrySource.COMPLAINT, complaintId, null);
    }

    /** A complaint that needs a call for another reason than being raised: escalated, SLA breached. */
    public static EntryContext complaint(EntrySource source, String complaintId) {
        return new EntryContext(source, complaintId, null);
    }

    public static EntryContext customerAtRisk() {
        return new EntryContext(EntrySource.CUSTOMER_AT_RISK, null, null);
    }

    public static EntryContext orderVerification(String orderId) {
        return new EntryContext(EntrySource.ORDER_VERIFICATION, null, orderId);
    }

    public static EntryContext registration() {
        return new EntryContext(EntrySource.REGISTRATION, null, null);
    }

    public boolean isOrderVerification() {
        return source == EntrySource.ORDER_VERIFICATION && orderId != null;
    }
}
